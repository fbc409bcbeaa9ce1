package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.audio.TimestampGranularity;
import io.mistral4j.audio.Transcription;
import io.mistral4j.audio.TranscriptionAccumulator;
import io.mistral4j.audio.TranscriptionEvent;
import io.mistral4j.audio.TranscriptionRequest;
import io.mistral4j.audio.TranscriptionSegment;
import io.mistral4j.audio.TranscriptionStream;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Transcriptions end to end over loopback sockets against the simulator: plain, async, raw and streamed. */
class AudioIntegrationTest {

    private static final String MODEL = "voxtral-mini-latest";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR =
            new MistralSimulatorExtension(simulator -> simulator.chunkDelay(Duration.ofMillis(2)));

    private static MistralClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        client = SIMULATOR.newClient();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static String heard(byte[] wav, double seconds) {
        CRC32 crc = new CRC32();
        crc.update(wav);
        return String.format(Locale.ROOT, "audio %08x lasting %.2f seconds", crc.getValue(), seconds);
    }

    private static TranscriptionRequest.Builder transcribe() {
        return TranscriptionRequest.builder().model(MODEL);
    }

    @Test
    void aWavFileIsTranscribedWithWordTimesThatAddUpToItsDuration() throws IOException {
        byte[] wav = SampleAudio.wav(3);
        Path file = Files.write(dir.resolve("talk.wav"), wav);

        ApiResponse<Transcription> raw = client.audio().withRawResponse().transcribe(transcribe().file(file)
                .language("fr").temperature(0.2).diarize(false).contextBias("Mistral", "Voxtral")
                .timestampGranularities(TimestampGranularity.WORD).build());
        Transcription transcription = raw.value();

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).isPresent();
        assertThat(transcription.text()).startsWith(heard(wav, 3));
        assertThat(transcription.language()).isEqualTo("fr");
        assertThat(transcription.model()).isEqualTo(MODEL);
        List<TranscriptionSegment> words = transcription.segments();
        assertThat(words).hasSize(6);
        assertThat(words.get(0).start()).isZero();
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start()).isEqualTo(words.get(i - 1).end());
        }
        assertThat(words.get(words.size() - 1).end()).isEqualTo(3.0);
        assertThat(String.join(" ", words.stream().map(TranscriptionSegment::text).toList()))
                .isEqualTo(transcription.text());
        assertThat(transcription.usage().promptAudioSeconds()).isEqualTo(3);
        assertThat(transcription.usage().completionTokens()).isEqualTo(6);
    }

    @Test
    void bytesAndStreamsAreTranscribedAsyncAndAlike() throws Exception {
        byte[] wav = SampleAudio.wav(1.5);
        CompletableFuture<Transcription> fromBytes = client.audio().transcribeAsync(transcribe()
                .file(wav, "a.wav").timestampGranularities(TimestampGranularity.SEGMENT).build());
        Transcription fromStream = client.audio().transcribe(transcribe()
                .file(new ByteArrayInputStream(wav), "a.wav").timestampGranularities(TimestampGranularity.SEGMENT)
                .build());

        assertThat(fromBytes.get(10, TimeUnit.SECONDS)).isEqualTo(fromStream);
        assertThat(fromStream.text()).startsWith(heard(wav, 1.5));
        assertThat(fromStream.segments()).hasSize(1);
        assertThat(fromStream.language()).isEqualTo("en");
    }

    @Test
    void anUploadedFileAndAUrlAreTranscribedWithoutSendingAudio() {
        byte[] wav = SampleAudio.wav(2);
        FileInfo uploaded = client.files().upload(FileUploadRequest.builder().file(
                new ByteArrayInputStream(wav), "stored.wav", wav.length).build());

        Transcription byId = client.audio().transcribe(transcribe().fileId(uploaded.id()).build());
        Transcription byUrl = client.audio().transcribe(transcribe().fileUrl("https://example.com/talk.wav").build());

        assertThat(byId.text()).startsWith(heard(wav, 2));
        assertThat(byId.segments()).isEmpty();
        assertThat(byUrl.text()).startsWith("audio ").contains(" lasting ");
    }

    @Test
    void audioTheServerCannotReadIsABadRequest() {
        TranscriptionRequest mp3 = transcribe().file("ID3 not really".getBytes(), "talk.mp3").build();
        assertThatThrownBy(() -> client.audio().transcribe(mp3))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Unsupported audio format");
        assertThat(client.audio().transcribeAsync(mp3)).failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(BadRequestException.class);
    }

    @Test
    void aStreamedTranscriptionFoldsIntoThePlainOne() {
        byte[] wav = SampleAudio.wav(4);
        TranscriptionRequest request = transcribe().file(wav, "a.wav").language("de")
                .timestampGranularities(TimestampGranularity.SEGMENT).build();
        Transcription plain = client.audio().transcribe(request);

        List<TranscriptionEvent> events = new ArrayList<>();
        Transcription accumulated;
        try (TranscriptionStream stream = client.audio().transcribeStream(request)) {
            stream.forEachRemaining(events::add);
            accumulated = stream.accumulated();
            assertThat(stream.requestId()).isPresent();
        }

        assertThat(events.get(0)).isEqualTo(new TranscriptionEvent.Language("de"));
        assertThat(events).filteredOn(TranscriptionEvent.TextDelta.class::isInstance).hasSize(8);
        assertThat(events).filteredOn(TranscriptionEvent.Segment.class::isInstance).hasSize(2);
        assertThat(events.get(events.size() - 1)).isInstanceOf(TranscriptionEvent.Done.class);
        assertThat(accumulated).isEqualTo(plain);
        String joined = events.stream().filter(TranscriptionEvent.TextDelta.class::isInstance)
                .map(event -> ((TranscriptionEvent.TextDelta) event).text()).reduce("", String::concat);
        assertThat(joined).isEqualTo(plain.text());
    }

    @Test
    void thePublisherDeliversTheSameEvents() throws Exception {
        TranscriptionRequest request = transcribe().file(SampleAudio.wav(2), "a.wav").build();
        Transcription plain = client.audio().transcribe(request);
        TranscriptionAccumulator accumulator = new TranscriptionAccumulator();
        PublishedItems.of(client.audio().transcribeStreamPublisher(request)).forEach(accumulator::add);

        assertThat(accumulator.isDone()).isTrue();
        assertThat(accumulator.result()).isEqualTo(plain);
    }
}
