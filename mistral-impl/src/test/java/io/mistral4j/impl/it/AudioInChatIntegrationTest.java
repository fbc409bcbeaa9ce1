package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;
import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audio in chat over loopback sockets: audio files and large audio bytes are encoded while the
 * request body is sent, arrive whole, and are read again for a retry.
 */
class AudioInChatIntegrationTest {

    private static final String MODEL = "voxtral-mini-latest";
    private static final String CHAT = "POST /v1/chat/completions";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

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

    private static ChatCompletionRequest.Builder ask(AudioChunk audio) {
        return ChatCompletionRequest.builder().model(MODEL)
                .addMessage(UserMessage.of(new TextChunk("What is said here?"), audio));
    }

    /** The {@code input_audio} text of the last chat request the simulator received. */
    private static String audioSent() {
        List<RecordedRequest> requests = SIMULATOR.requests();
        JsonObject body = requests.get(requests.size() - 1).bodyAsJson().getAsJsonObject();
        return body.getAsJsonArray("messages").get(0).getAsJsonObject().getAsJsonArray("content").get(1)
                .getAsJsonObject().get("input_audio").getAsString();
    }

    @Test
    void audioInChatIsHeardByAudioModelsOnly() throws IOException {
        byte[] wav = SampleAudio.wav(1);
        Path file = Files.write(dir.resolve("question.wav"), wav);
        AudioChunk fromPath = AudioChunk.of(file);
        assertThat(fromPath.inputAudio()).isEqualTo(AudioChunk.of(wav).inputAudio());
        assertThat(fromPath.toString()).hasSizeLessThan(100);

        assertThat(client.chat().complete(ask(fromPath).build()).choices()).isNotEmpty();
        assertThat(audioSent()).isEqualTo(Base64.getEncoder().encodeToString(wav));
        assertThatThrownBy(() -> client.chat().complete(ask(fromPath).model("mistral-small-latest").build()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("audio");
        assertThat(client.models().list().data()).anySatisfy(model -> {
            assertThat(model.id()).isEqualTo(MODEL);
            assertThat(model.capabilities().audioTranscription()).isTrue();
        });
    }

    @Test
    void largeAudioBytesAndExtraBodyFieldsArriveWhole() {
        byte[] wav = SampleAudio.wav(20); // 640 KB: past the size written into the JSON text at once
        RequestOptions extra = RequestOptions.builder().bodyField("safe_prompt", true).build();

        client.chat().withOptions(extra).complete(ask(AudioChunk.of(wav)).build());

        assertThat(audioSent()).isEqualTo(Base64.getEncoder().encodeToString(wav));
        List<RecordedRequest> requests = SIMULATOR.requests();
        assertThat(requests.get(requests.size() - 1).bodyAsJson().getAsJsonObject().get("safe_prompt").getAsBoolean())
                .isTrue();
    }

    @Test
    void aRetryReadsTheFileAgain() throws IOException {
        byte[] wav = SampleAudio.wav(2);
        Path file = Files.write(dir.resolve("retried.wav"), wav);
        MistralSimulator simulator = SIMULATOR.simulator();
        simulator.resetCallCounts();
        simulator.faults().on(CHAT).call(1, Fault.status(503));
        try {
            assertThat(client.chat().complete(ask(AudioChunk.of(file)).build()).choices()).isNotEmpty();
        } finally {
            simulator.faults().clear();
        }

        assertThat(simulator.attempts(CHAT)).isEqualTo(2);
        assertThat(audioSent()).isEqualTo(Base64.getEncoder().encodeToString(wav));
    }

    @Test
    void aFileGoneBeforeTheRequestIsSentFailsNamingTheField() throws IOException {
        Path file = Files.write(dir.resolve("gone.wav"), SampleAudio.wav(1));
        AudioChunk audio = AudioChunk.of(file);
        Files.delete(file);

        assertThatThrownBy(() -> client.chat().complete(ask(audio).build())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("inputAudio");
        assertThatThrownBy(() -> AudioChunk.of(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("inputAudio");
    }
}
