package io.mistral4j.tck.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v1/audio/transcriptions} over raw HTTP: multipart in, transcript, named events, errors. */
class AudioRoutesTest {

    private static final String BOUNDARY = "audi0b0undary";

    private MistralSimulator sim;

    @BeforeEach
    void start() {
        sim = MistralSimulator.builder().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A multipart body: text fields (name, value, name, value...), then the file when given. */
    private static byte[] form(byte[] file, String filename, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                    + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private TestHttp.Response transcribe(byte[] body) {
        return TestHttp.send(TestHttp.request(sim, "/v1/audio/transcriptions")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void aWavIsTranscribedWithWordTimesUpToItsDuration() {
        byte[] wav = SampleAudio.wav(2.5);
        CRC32 crc = new CRC32();
        crc.update(wav);
        TestHttp.Response r = transcribe(form(wav, "a.wav", "model", "voxtral-mini-latest", "language", "fr",
                "timestamp_granularities", "word"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.get("text").getAsString())
                .startsWith("audio " + String.format("%08x", crc.getValue()) + " lasting 2.50 seconds");
        assertThat(body.get("language").getAsString()).isEqualTo("fr");
        JsonArray words = body.getAsJsonArray("segments");
        assertThat(words).hasSize(5);
        assertThat(words.get(4).getAsJsonObject().get("end").getAsDouble()).isEqualTo(2.5);
        assertThat(body.getAsJsonObject("usage").get("prompt_audio_seconds").getAsInt()).isEqualTo(3);
    }

    @Test
    void badFieldsAre422NamingThem() {
        TestHttp.Response r = transcribe(form(SampleAudio.wav(1), "a.wav", "model", "voxtral-mini-latest",
                "language", "english", "timestamp_granularities", "sentence"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("\"language\"").contains("\"timestamp_granularities\"");
        TestHttp.Response none = transcribe(form(null, null, "model", "voxtral-mini-latest"));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("\"file\"");
        TestHttp.Response two = transcribe(form(SampleAudio.wav(1), "a.wav", "model", "voxtral-mini-latest",
                "file_url", "https://example.com/a.wav"));
        assertThat(two.status()).isEqualTo(422);
    }

    @Test
    void audioOtherThanWavIs400() {
        byte[] mp3 = "ID3\u0004\u0000\u0000 frames".getBytes(StandardCharsets.ISO_8859_1);
        TestHttp.Response r = transcribe(form(mp3, "a.mp3", "model", "voxtral-mini-latest"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Unsupported audio format");
    }

    @Test
    void aModelThatCannotTranscribeIs400() {
        TestHttp.Response r = transcribe(form(SampleAudio.wav(1), "a.wav", "model", "mistral-small-latest"));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void aStreamSendsNamedEventsAndNoDone() {
        TestHttp.Response r = transcribe(form(SampleAudio.wav(4), "a.wav", "model", "voxtral-mini-latest",
                "stream", "true"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/event-stream");
        List<String> names = r.body().lines().filter(line -> line.startsWith("event: ")).toList();
        assertThat(names.get(0)).isEqualTo("event: transcription.language");
        assertThat(names).contains("event: transcription.text.delta", "event: transcription.segment");
        assertThat(names.get(names.size() - 1)).isEqualTo("event: transcription.done");
        assertThat(r.body()).doesNotContain("[DONE]");
    }

    @Test
    void speechValidatesLikeTheApi() {
        TestHttp.Response badFormat = TestHttp.post(sim, "/v1/audio/speech",
                "{\"input\":\"hi\",\"voice_id\":\"en_paul_neutral\",\"response_format\":\"aiff\"}");
        assertThat(badFormat.status()).isEqualTo(422);
        assertThat(badFormat.body()).contains("response_format");
        TestHttp.Response noInput = TestHttp.post(sim, "/v1/audio/speech", "{\"voice_id\":\"en_paul_neutral\"}");
        assertThat(noInput.status()).isEqualTo(422);
        TestHttp.Response noVoice = TestHttp.post(sim, "/v1/audio/speech", "{\"input\":\"hi\"}");
        assertThat(noVoice.status()).isEqualTo(400);
    }

    @Test
    void voicesAreListedByOffsetAndBadIdsRefused() {
        JsonObject page = TestHttp.get(sim, "/v1/audio/voices?limit=1&offset=1").json();
        assertThat(page.getAsJsonArray("items")).hasSize(1);
        assertThat(page.get("total").getAsInt()).isEqualTo(2);
        assertThat(page.get("page").getAsInt()).isEqualTo(1);
        assertThat(page.get("total_pages").getAsInt()).isEqualTo(2);
        assertThat(TestHttp.get(sim, "/v1/audio/voices?limit=0").status()).isEqualTo(422);
        assertThat(TestHttp.send(TestHttp.request(sim, "/v1/audio/voices/not-a-uuid").DELETE().build()).status())
                .isEqualTo(422);
        assertThat(TestHttp.post(sim, "/v1/audio/voices", "{\"name\":\"x\"}").status()).isEqualTo(422);
    }
}
