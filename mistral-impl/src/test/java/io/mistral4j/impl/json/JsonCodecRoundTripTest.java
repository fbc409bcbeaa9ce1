package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.FunctionDefinition;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.chat.ImageDetail;
import io.mistral4j.chat.ImageUrl;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.Prediction;
import io.mistral4j.chat.PromptMode;
import io.mistral4j.chat.ReasoningEffort;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ThinkChunk;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.UserMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** parse → serialise → parse gives equal records, and what the server sent survives. */
class JsonCodecRoundTripTest {

    private final JsonCodec codec = new JsonCodec();

    private <T> T roundTrip(T value, Class<T> type) {
        return codec.fromJson(codec.toJson(value), type);
    }

    @Test
    void responseWithThinkingToolReferenceAndToolCallsRoundTrips() {
        String body = JsonCodecResponseTest.response("{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"Searching\"},"
                + "{\"type\":\"tool_reference\",\"tool\":\"web_search\",\"title\":\"Monet\","
                + "\"url\":\"https://example.com\",\"favicon\":null,\"description\":null}],\"closed\":true},"
                + "{\"type\":\"text\",\"text\":\"Monet.\"}],"
                + "\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"f\","
                + "\"arguments\":{\"x\":1}},\"index\":0}]}", "\"tool_calls\"");
        ChatCompletionResponse parsed = codec.fromJson(body, ChatCompletionResponse.class);

        ChatCompletionResponse again = roundTrip(parsed, ChatCompletionResponse.class);

        assertThat(again).isEqualTo(parsed);
        assertThat(again.toolCalls().get(0).function().arguments()).isEqualTo("{\"x\":1}");
    }

    @Test
    void unknownFinishReasonIsWrittenBackUnchanged() {
        ChatCompletionResponse parsed = codec.fromJson(JsonCodecResponseTest.response(
                "{\"role\":\"assistant\",\"content\":\"\"}", "\"content_filter\""), ChatCompletionResponse.class);

        JsonObject written = JsonParser.parseString(codec.toJson(parsed)).getAsJsonObject();

        assertThat(written.getAsJsonArray("choices").get(0).getAsJsonObject().get("finish_reason").getAsString())
                .isEqualTo("content_filter");
        ChatCompletionResponse again = codec.fromJson(written.toString(), ChatCompletionResponse.class);
        assertThat(again).isEqualTo(parsed);
        assertThat(again.firstChoice().finishReason()).isEqualTo(FinishReason.of("content_filter"));
        assertThat(again.firstChoice().finishReason().isKnown()).isFalse();
    }

    @Test
    void unknownChunkIsWrittenBackWithAllItsFields() {
        String chunk = "{\"type\":\"tool_reference\",\"tool\":\"web_search\",\"title\":\"T\","
                + "\"rank\":2,\"score\":0.75,\"tags\":[\"a\",1,false,null],\"meta\":{\"k\":{\"deep\":[1.5]}}}";
        UserMessage message = (UserMessage) codec.fromJson("{\"role\":\"user\",\"content\":[" + chunk + "]}",
                Message.class);

        JsonElement written = JsonParser.parseString(codec.toJson(message)).getAsJsonObject()
                .getAsJsonArray("content").get(0);

        assertThat(written).isEqualTo(JsonParser.parseString(chunk));
        assertThat(codec.fromJson(codec.toJson(message), Message.class)).isEqualTo(message);
    }

    @Test
    void nullFieldsOfAnUnknownChunkAreTreatedAsAbsent() {
        UserMessage message = (UserMessage) codec.fromJson("{\"role\":\"user\",\"content\":[{\"type\":\"x\","
                + "\"url\":null,\"keep\":1,\"meta\":{\"gone\":null,\"list\":[{\"n\":null}]}}]}", Message.class);

        UnknownChunk chunk = (UnknownChunk) message.content().chunks().get(0);
        assertThat(chunk.fields()).containsOnlyKeys("keep", "meta");
        assertThat(chunk.fields().get("meta")).isEqualTo(Map.of("list", List.of(Map.of())));
        assertThat(codec.fromJson(codec.toJson(message), Message.class)).isEqualTo(message);
    }

    @Test
    void unknownChunkWithTypeOnlyRoundTrips() {
        UserMessage message = (UserMessage) codec.fromJson("{\"role\":\"user\",\"content\":[{\"type\":\"new\"}]}",
                Message.class);

        assertThat(message.content().chunks()).containsExactly(new UnknownChunk("new", Map.of()));
        assertThat(codec.toJson(message)).isEqualTo("{\"role\":\"user\",\"content\":[{\"type\":\"new\"}]}");
    }

    @Test
    void completionChunkRoundTrips() {
        CompletionChunk chunk = codec.fromJson("{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":5,"
                + "\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":1}},\"choices\":[{\"index\":1,\"delta\":{"
                + "\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\","
                + "\"text\":\"a\"}]},{\"type\":\"text\",\"text\":\"b\"}],\"tool_calls\":[{\"id\":\"t\","
                + "\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"q\\\":\"},\"index\":0}]},"
                + "\"finish_reason\":\"model_length\"}]}", CompletionChunk.class);

        assertThat(roundTrip(chunk, CompletionChunk.class)).isEqualTo(chunk);
    }

    @Test
    void fullRequestRoundTrips() {
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model("mistral-large-latest")
                .messages(List.of(
                        new SystemMessage(Content.of(new TextChunk("sys"), ThinkChunk.of("plan"))),
                        UserMessage.of(new TextChunk("look"),
                                new ImageUrlChunk(new ImageUrl("https://i/x.png", ImageDetail.AUTO))),
                        AssistantMessage.ofToolCalls(List.of(ToolCall.of("c1", "f", "{\"a\":1}"))),
                        new ToolMessage(Content.of("r"), "c1", "f"),
                        AssistantMessage.prefix("So")))
                .temperature(0.2).topP(0.8).maxTokens(10).stop("x").randomSeed(3L)
                .metadata(Map.of("trace", "t-1", "n", 2L))
                .responseFormat(ResponseFormat.jsonSchema("s", Map.of("type", "object")))
                .addTool(Tool.function(FunctionDefinition.builder().name("f").parameters(
                        Map.of("type", "object", "properties", Map.of())).build()))
                .toolChoice(ToolChoice.function("f"))
                .presencePenalty(0.1).frequencyPenalty(0.2).n(1)
                .prediction(Prediction.content("p"))
                .parallelToolCalls(true)
                .promptMode(PromptMode.REASONING)
                .reasoningEffort(ReasoningEffort.NONE)
                .guardrails(List.of(new GuardrailConfig(false, Map.of("action", "none"), null)))
                .promptCacheKey("k")
                .safePrompt(false)
                .build();

        assertThat(roundTrip(request, ChatCompletionRequest.class)).isEqualTo(request);
    }

    @Test
    void toolChoiceModeRoundTrips() {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("m").addUserMessage("x")
                .toolChoice(ToolChoice.any()).build();

        ChatCompletionRequest again = roundTrip(request, ChatCompletionRequest.class);

        assertThat(again.toolChoice()).isSameAs(ToolChoice.any());
    }
}
