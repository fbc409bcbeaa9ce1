package io.mistral4j.impl.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.MistralClient;
import io.mistral4j.audio.SpeechOutputFormat;
import io.mistral4j.audio.SpeechRequest;
import io.mistral4j.audio.TimestampGranularity;
import io.mistral4j.audio.Transcription;
import io.mistral4j.audio.TranscriptionEvent;
import io.mistral4j.audio.TranscriptionRequest;
import io.mistral4j.audio.TranscriptionStream;
import io.mistral4j.audio.VoiceListRequest;
import io.mistral4j.audio.VoiceType;
import io.mistral4j.audio.VoiceUpdateRequest;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.spi.TransportRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the audio services put on the wire (multipart parts, JSON bodies, queries) and how they read answers. */
class AudioServiceWireTest {

    private static final String TRANSCRIPTION = "{\"model\":\"voxtral-mini-latest\",\"text\":\"hi\",\"language\":\"en\","
            + "\"segments\":[{\"type\":\"transcription_segment\",\"text\":\"hi\",\"start\":0,\"end\":0.5}],"
            + "\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":1,\"total_tokens\":5,\"prompt_audio_seconds\":1}}";
    private static final String VOICE = "{\"id\":\"5a1e0b8c-0000-4000-8000-00000000b001\",\"name\":\"n\","
            + "\"created_at\":\"2025-07-15T00:00:00Z\",\"user_id\":null}";

    private final FakeTransport transport = new FakeTransport();
    private final MistralClient client = MistralClient.builder().apiKey("sk-audio-wire")
            .baseUrl("https://api.example.test").transport(transport).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    @Test
    void aTranscriptionSendsEveryFieldAsAPartThenTheAudio() {
        transport.answer(200, TRANSCRIPTION);

        Transcription answer = client.audio().transcribe(TranscriptionRequest.builder().model("voxtral-mini-latest")
                .file(new byte[] {'R', 'I', 'F', 'F'}, "a.wav").language("fr").temperature(0.5).diarize(true)
                .contextBias("Mistral", "Voxtral")
                .timestampGranularities(TimestampGranularity.SEGMENT, TimestampGranularity.WORD).build());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/audio/transcriptions");
        Matcher boundary = Pattern.compile("multipart/form-data; boundary=(mistral4j-[0-9a-f]{32})")
                .matcher(sent.headers().first("Content-Type").orElseThrow());
        assertThat(boundary.matches()).isTrue();
        String b = boundary.group(1);
        assertThat(transport.body(0)).isEqualTo(part(b, "model", "voxtral-mini-latest") + part(b, "language", "fr")
                + part(b, "temperature", "0.5") + part(b, "diarize", "true") + part(b, "context_bias", "Mistral")
                + part(b, "context_bias", "Voxtral") + part(b, "timestamp_granularities", "segment")
                + part(b, "timestamp_granularities", "word") + part(b, "stream", "false")
                + "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n"
                + "Content-Type: audio/wav\r\n\r\nRIFF\r\n--" + b + "--\r\n");
        assertThat(answer.segments().get(0).end()).isEqualTo(0.5);
        assertThat(answer.usage().promptAudioSeconds()).isEqualTo(1);
    }

    @Test
    void aTranscriptionByUrlSendsNoFilePart() {
        transport.answer(200, TRANSCRIPTION);
        client.audio().transcribe(TranscriptionRequest.builder().model("m").fileUrl("https://x.test/a.wav").build());
        assertThat(transport.body(0)).contains("name=\"file_url\"\r\n\r\nhttps://x.test/a.wav\r\n")
                .doesNotContain("filename=").endsWith("--\r\n");
    }

    @Test
    void aStreamedTranscriptionEndsAfterDoneAndKeepsUnknownEvents() {
        transport.answer(200, "event: transcription.language\ndata: {\"type\":\"transcription.language\","
                + "\"audio_language\":\"en\"}\n\n"
                + "event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\",\"text\":\"hi\"}\n\n"
                + "event: transcription.future\ndata: {\"type\":\"transcription.future\",\"x\":1}\n\n"
                + "event: transcription.done\ndata: " + TRANSCRIPTION.replaceFirst("\\{", "{\"type\":\"transcription.done\",")
                + "\n\n", "Content-Type", "text/event-stream");

        List<TranscriptionEvent> events = new ArrayList<>();
        Transcription folded;
        try (TranscriptionStream stream = client.audio().transcribeStream(TranscriptionRequest.builder().model("m")
                .fileId("file-1").build())) {
            stream.forEachRemaining(events::add);
            folded = stream.accumulated();
        }

        assertThat(transport.body(0)).contains("name=\"stream\"\r\n\r\ntrue\r\n");
        assertThat(events).hasSize(4);
        assertThat(events.get(2)).isInstanceOfSatisfying(TranscriptionEvent.Unknown.class,
                unknown -> assertThat(unknown.fields()).containsKey("x"));
        assertThat(folded.text()).isEqualTo("hi");
        assertThat(folded.segments()).hasSize(1);
    }

    @Test
    void speechIsJsonAndStreamsAskForAStream() {
        transport.answer(200, "{\"audio_data\":\"AQID\"}");
        byte[] audio = client.audio().speak(SpeechRequest.builder().input("hi").voiceId("v")
                .responseFormat(SpeechOutputFormat.FLAC).build()).bytes();

        JsonObject body = JsonParser.parseString(transport.body(0)).getAsJsonObject();
        assertThat(transport.requests().get(0).uri()).hasToString("https://api.example.test/v1/audio/speech");
        assertThat(body.get("input").getAsString()).isEqualTo("hi");
        assertThat(body.get("voice_id").getAsString()).isEqualTo("v");
        assertThat(body.get("response_format").getAsString()).isEqualTo("flac");
        assertThat(audio).containsExactly(1, 2, 3);
    }

    @Test
    void voicesArePagedByOffsetAndChangedByPatch() {
        transport.answer(200, "{\"items\":[" + VOICE + "],\"total\":7,\"page\":2,\"page_size\":3,\"total_pages\":3}");
        transport.answer(200, VOICE);

        client.audio().voices().list(VoiceListRequest.builder().type(VoiceType.CUSTOM).page(2).pageSize(3).build());
        client.audio().voices().update("5a1e0b8c-0000-4000-8000-00000000b001",
                VoiceUpdateRequest.builder().name("m").build());

        assertThat(transport.requests().get(0).uri())
                .hasToString("https://api.example.test/v1/audio/voices?limit=3&offset=6&type=custom");
        assertThat(transport.requests().get(1).method()).isEqualTo("PATCH");
        assertThat(transport.body(1)).isEqualTo("{\"name\":\"m\"}");
    }
}
