package io.mistral4j.tck.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.UnauthorizedException;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's image through {@link MistralSimulatorContainer}. Skipped, saying why, where no
 * Docker daemon answers or the image was not built; failed instead when
 * {@code mistral4j.containers.required} is true, as in CI.
 */
class MistralSimulatorContainerIT {

    private static final ChatCompletionRequest HELLO = ChatCompletionRequest.builder()
            .model("mistral-small-latest").addUserMessage("Say hello").build();

    private static MistralSimulatorContainer simulator;

    @BeforeAll
    static void start() {
        MistralSimulatorContainer.unavailableReason().ifPresent(missing -> {
            if (Boolean.getBoolean("mistral4j.containers.required")) {
                fail("The container tests must run (mistral4j.containers.required=true) but " + missing);
            }
            assumeTrue(false, "Container tests skipped: " + missing);
        });
        simulator = new MistralSimulatorContainer().withApiKey("container-key");
        simulator.start();
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Test
    void chats() {
        try (MistralClient client = simulator.newClient()) {
            assertThat(client.chat().complete(HELLO).text()).isNotBlank();
        }
        assertThat(simulator.baseUrl()).matches("http://[^:]+:\\d+");
    }

    @Test
    void streamsAChat() {
        StringBuilder text = new StringBuilder();
        int[] chunks = {0};
        try (MistralClient client = simulator.newClient();
             ChatCompletionStream stream = client.chat().stream(HELLO)) {
            stream.forEachRemaining(chunk -> {
                chunks[0]++;
                text.append(chunk.text());
            });
        }
        assertThat(chunks[0]).isGreaterThan(1);
        assertThat(text).isNotEmpty();
    }

    @Test
    void uploadsAndDownloadsAFile(@TempDir Path dir) throws Exception {
        String lines = "{\"custom_id\": \"1\", \"body\": {\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}}\n";
        Path upload = Files.writeString(dir.resolve("questions.jsonl"), lines);
        Path download = dir.resolve("back.jsonl");
        try (MistralClient client = simulator.newClient()) {
            FileInfo file = client.files().upload(FileUploadRequest.builder()
                    .file(upload).purpose(FilePurpose.BATCH).build());
            client.files().download(file.id(), download);
        }
        assertThat(Files.readString(download, StandardCharsets.UTF_8)).isEqualTo(lines);
    }

    @Test
    void answers401ToAWrongKey() {
        try (MistralClient client = MistralClient.builder().apiKey("wrong-key").baseUrl(simulator.baseUrl()).build()) {
            assertThatThrownBy(() -> client.chat().complete(HELLO)).isInstanceOf(UnauthorizedException.class);
        }
    }
}
