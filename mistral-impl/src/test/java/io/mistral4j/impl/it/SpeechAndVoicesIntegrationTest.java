package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.audio.Speech;
import io.mistral4j.audio.SpeechEvent;
import io.mistral4j.audio.SpeechOutputFormat;
import io.mistral4j.audio.SpeechRequest;
import io.mistral4j.audio.Voice;
import io.mistral4j.audio.VoiceCreateRequest;
import io.mistral4j.audio.VoiceListRequest;
import io.mistral4j.audio.VoiceType;
import io.mistral4j.audio.VoiceUpdateRequest;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.pagination.Page;
import io.mistral4j.streaming.EventStream;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Speech and voices end to end over loopback sockets against the simulator. */
class SpeechAndVoicesIntegrationTest {

    private static final String PRESET = "en_paul_neutral";
    private static final String TEXT = "Hello from Mistral4J, spoken by the simulator.";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR =
            new MistralSimulatorExtension(simulator -> simulator.chunkDelay(Duration.ofMillis(1)));

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

    private static SpeechRequest.Builder say(SpeechOutputFormat format) {
        return SpeechRequest.builder().input(TEXT).voiceId(PRESET).responseFormat(format);
    }

    private static String head(byte[] audio, int length) {
        return new String(Arrays.copyOf(audio, length), StandardCharsets.ISO_8859_1);
    }

    @Test
    void speechAsWavIsAWholeRiffFileOfTheTextsLength() throws Exception {
        Path target = dir.resolve("hello.wav");
        long written = client.audio().speakTo(say(SpeechOutputFormat.WAV).build(), target);

        byte[] wav = Files.readAllBytes(target);
        assertThat(written).isEqualTo(wav.length);
        assertThat(head(wav, 4)).isEqualTo("RIFF");
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(header.getInt(40)).isEqualTo(wav.length - 44);
        double seconds = (double) header.getInt(40) / header.getInt(28);
        assertThat(seconds).isEqualTo(Math.round(TEXT.length() * 0.06 * 100) / 100.0);
    }

    @Test
    void everyOutputFormatHasItsHeaderSyncAndAsync() throws Exception {
        assertThat(head(client.audio().speak(say(SpeechOutputFormat.MP3).build()).bytes(), 3)).isEqualTo("ID3");
        assertThat(head(client.audio().speakAsync(say(SpeechOutputFormat.FLAC).build()).get(10, TimeUnit.SECONDS)
                .bytes(), 4)).isEqualTo("fLaC");
        byte[] opus = client.audio().speak(say(SpeechOutputFormat.OPUS).build()).bytes();
        assertThat(head(opus, 4)).isEqualTo("OggS");
        assertThat(new String(opus, StandardCharsets.ISO_8859_1)).contains("OpusHead");
        byte[] pcm = client.audio().speak(say(SpeechOutputFormat.PCM).build()).bytes();
        byte[] wav = client.audio().speak(say(SpeechOutputFormat.WAV).build()).bytes();
        assertThat(pcm).isEqualTo(Arrays.copyOfRange(wav, 44, wav.length));
        ApiResponse<Speech> raw = client.audio().withRawResponse().speak(say(null).build());
        assertThat(raw.requestId()).isPresent();
        assertThat(head(raw.value().bytes(), 3)).isEqualTo("ID3");
    }

    @Test
    void streamedSpeechIsWrittenPieceByPieceAndEqualsThePlainAnswer() {
        SpeechRequest request = say(SpeechOutputFormat.WAV).build();
        byte[] plain = client.audio().speak(request).bytes();

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        long written = client.audio().speakStreamTo(request, streamed);
        List<SpeechEvent> events = new ArrayList<>();
        try (EventStream<SpeechEvent> stream = client.audio().speakStream(request)) {
            stream.forEachRemaining(events::add);
        }

        assertThat(streamed.toByteArray()).isEqualTo(plain);
        assertThat(written).isEqualTo(plain.length);
        assertThat(events).filteredOn(SpeechEvent.AudioDelta.class::isInstance).hasSizeGreaterThan(1);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(SpeechEvent.Done.class,
                done -> assertThat(done.usage().totalTokens()).isPositive());
    }

    @Test
    void thePublisherDeliversTheStreamedSpeechOnDemand() throws Exception {
        SpeechRequest request = say(SpeechOutputFormat.WAV).build();
        byte[] plain = client.audio().speak(request).bytes();
        List<SpeechEvent> events = PublishedItems.of(client.audio().speakStreamPublisher(request));

        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        events.stream().filter(SpeechEvent.AudioDelta.class::isInstance)
                .forEach(delta -> audio.writeBytes(((SpeechEvent.AudioDelta) delta).bytes()));
        assertThat(audio.toByteArray()).isEqualTo(plain);
        assertThat(events.get(events.size() - 1)).isInstanceOf(SpeechEvent.Done.class);
        assertThatThrownBy(() -> client.audio().speakStreamPublisher(null))
                .isInstanceOf(io.mistral4j.errors.ValidationException.class);
    }

    @Test
    void aReferenceRecordingSpeaksAndAnUnknownVoiceIsNotFound() {
        Speech speech = client.audio().speak(SpeechRequest.builder().input("Hi").refAudio(SampleAudio.wav(0.5))
                .responseFormat("wav").build());
        assertThat(head(speech.bytes(), 4)).isEqualTo("RIFF");
        assertThatThrownBy(() -> client.audio().speak(SpeechRequest.builder().input("Hi").voiceId("nobody").build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCustomVoiceIsCreatedListedChangedSampledAndDeleted() throws Exception {
        byte[] sample = SampleAudio.wav(1.25);
        Voice created = client.audio().voices().create(VoiceCreateRequest.builder().name("Narrator")
                .languages("en", "fr").sample(sample, "narrator.wav").description("calm").build());
        assertThat(created.id()).isNotBlank();
        assertThat(created.languages()).containsExactly("en", "fr");
        assertThat(created.createdAt()).isNotNull();

        Page<Voice> custom = client.audio().voices().list(VoiceListRequest.builder().type(VoiceType.CUSTOM).build());
        assertThat(custom.items()).extracting(Voice::id).contains(created.id());
        Page<Voice> all = client.audio().voices().listAsync(VoiceListRequest.builder().pageSize(1).build())
                .get(10, TimeUnit.SECONDS);
        assertThat(all.items()).hasSize(1);
        assertThat(java.util.stream.StreamSupport.stream(all.autoPager().spliterator(), false).map(Voice::id).toList()).contains(created.id()).hasSizeGreaterThanOrEqualTo(3);

        Voice renamed = client.audio().voices().update(created.id(), VoiceUpdateRequest.builder().name("Storyteller")
                .build());
        assertThat(renamed.name()).isEqualTo("Storyteller");
        assertThat(client.audio().voices().retrieveAsync(created.id()).get(10, TimeUnit.SECONDS).name())
                .isEqualTo("Storyteller");

        Path saved = dir.resolve("sample.wav");
        assertThat(client.audio().voices().downloadSample(created.id(), saved)).isEqualTo(sample.length);
        assertThat(Files.readAllBytes(saved)).isEqualTo(sample);
        Speech spoken = client.audio().speak(SpeechRequest.builder().input("Once upon a time").voiceId(created.id())
                .build());
        assertThat(spoken.bytes()).isNotEmpty();

        assertThat(client.audio().voices().delete(created.id()).id()).isEqualTo(created.id());
        assertThatThrownBy(() -> client.audio().voices().retrieve(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void presetsCannotBeDeleted() {
        Voice preset = client.audio().voices().list(VoiceListRequest.builder().type(VoiceType.PRESET).build())
                .items().get(0);
        assertThatThrownBy(() -> client.audio().voices().delete(preset.id())).isInstanceOf(BadRequestException.class);
    }
}
