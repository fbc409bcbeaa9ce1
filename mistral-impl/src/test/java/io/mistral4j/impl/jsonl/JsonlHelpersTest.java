package io.mistral4j.impl.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import io.mistral4j.MistralClient;
import io.mistral4j.batch.BatchRequestWriter;
import io.mistral4j.batch.BatchResult;
import io.mistral4j.batch.BatchResults;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.finetuning.TrainingDataWriter;
import io.mistral4j.impl.testing.FakeTransport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JSONL helpers: batch input and training data writers, and the batch result reader. */
class JsonlHelpersTest {

    private static final String ANSWER = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,"
            + "\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Paris\"},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}";

    private final MistralClient client = MistralClient.builder().apiKey("sk-jsonl").baseUrl("https://x.test")
            .transport(new FakeTransport()).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void batchLinesCarryTheCustomIdAndTheRequestBody() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BatchRequestWriter writer = client.batch().requestWriter(out)) {
            writer.write("q1", ChatCompletionRequest.builder().model("m").addUserMessage("Hi é").build())
                    .write("q2", Map.of("input", List.of("a", "b")));
            assertThat(writer.count()).isEqualTo(2);
        }

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\n");
        assertThat(lines).hasSize(2);
        assertThat(JsonParser.parseString(lines.get(0))).isEqualTo(JsonParser.parseString(
                "{\"custom_id\":\"q1\",\"body\":{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi é\"}]}}"));
        assertThat(JsonParser.parseString(lines.get(1))).isEqualTo(JsonParser.parseString(
                "{\"custom_id\":\"q2\",\"body\":{\"input\":[\"a\",\"b\"]}}"));
    }

    @Test
    void batchLinesNeedACustomIdAndAnObjectBody() {
        BatchRequestWriter writer = client.batch().requestWriter(new ByteArrayOutputStream());

        assertThatThrownBy(() -> writer.write(" ", Map.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("customId");
        assertThatThrownBy(() -> writer.write("x", List.of(1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("JSON object");
        writer.close();
        assertThatThrownBy(() -> writer.write("x", Map.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void trainingLinesAreConversationsOrLabelledTexts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tool tool = Tool.function("lookup", "Looks up", Map.of("type", "object"));
        try (TrainingDataWriter writer = client.fineTuning().trainingDataWriter(out)) {
            writer.writeConversation(List.of(UserMessage.of("Hi"), AssistantMessage.of("Hello")))
                    .writeConversation(List.of(UserMessage.of("Find x")), List.of(tool))
                    .writeClassification("great product", Map.of("sentiment", "positive"));
        }

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        var conversation = JsonParser.parseString(lines.get(0)).getAsJsonObject().getAsJsonArray("messages");
        assertThat(conversation).hasSize(2);
        assertThat(conversation.get(0)).isEqualTo(JsonParser.parseString("{\"role\":\"user\",\"content\":\"Hi\"}"));
        assertThat(conversation.get(1).getAsJsonObject().get("role").getAsString()).isEqualTo("assistant");
        assertThat(conversation.get(1).getAsJsonObject().get("content").getAsString()).isEqualTo("Hello");
        assertThat(JsonParser.parseString(lines.get(1)).getAsJsonObject().getAsJsonArray("tools").get(0)
                .getAsJsonObject().getAsJsonObject("function").get("name").getAsString()).isEqualTo("lookup");
        assertThat(JsonParser.parseString(lines.get(2))).isEqualTo(JsonParser.parseString(
                "{\"text\":\"great product\",\"labels\":{\"sentiment\":\"positive\"}}"));
        assertThatThrownBy(() -> client.fineTuning().trainingDataWriter(new ByteArrayOutputStream())
                .writeConversation(List.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void resultLinesOfEveryShapeAreRead() {
        String jsonl = "{\"id\":\"1\",\"custom_id\":\"ok\",\"response\":{\"status_code\":200,\"body\":" + ANSWER
                + "},\"error\":null}\n"
                + "\n"
                + "{\"id\":\"2\",\"custom_id\":\"bare\",\"response\":" + ANSWER + "}\n"
                + "{\"id\":\"3\",\"custom_id\":\"failed\",\"response\":{\"status_code\":400,\"body\":{\"message\":"
                + "\"Invalid model\",\"code\":\"1500\"}},\"error\":null}\n"
                + "{\"id\":\"4\",\"custom_id\":null,\"response\":null,\"error\":\"line was not JSON\"}\n"
                + "{\"id\":\"5\",\"custom_id\":\"coded\",\"response\":null,\"error\":{\"message\":\"Timeout\",\"code\":3001}}\n";

        List<BatchResult<ChatCompletionResponse>> results;
        try (BatchResults<ChatCompletionResponse> read = client.batch().readChatResults(
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)))) {
            results = read.stream().toList();
        }

        assertThat(results).extracting(BatchResult::customId).containsExactly("ok", "bare", "failed", null, "coded");
        assertThat(results.get(0).response().text()).isEqualTo("Paris");
        assertThat(results.get(0).statusCode()).isEqualTo(200);
        assertThat(results.get(1).isSuccess()).isTrue();
        assertThat(results.get(1).statusCode()).isNull();
        assertThat(results.get(2).isSuccess()).isFalse();
        assertThat(results.get(2).error().message()).isEqualTo("Invalid model");
        assertThat(results.get(2).rawBody()).contains("1500");
        assertThat(results.get(3).error().message()).isEqualTo("line was not JSON");
        assertThat(results.get(4).error().code()).isEqualTo("3001");
    }

    @Test
    void aMalformedLineNamesItsNumber() {
        String jsonl = "{\"id\":\"1\",\"response\":" + ANSWER + "}\n[1,2]\n";

        try (BatchResults<ChatCompletionResponse> read = client.batch().readChatResults(
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)))) {
            var it = read.iterator();
            assertThat(it.next().isSuccess()).isTrue();
            assertThatThrownBy(it::hasNext).isInstanceOf(MistralDecodingException.class)
                    .hasMessageContaining("line 2");
        }
    }

    @Test
    void resultsAreIteratedOnce() {
        BatchResults<ChatCompletionResponse> read = client.batch().readChatResults(new ByteArrayInputStream(new byte[0]));
        assertThat(read.iterator().hasNext()).isFalse();
        assertThatThrownBy(read::iterator).isInstanceOf(IllegalStateException.class);
        read.close();
    }
}
