package io.mistral4j.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatCompletionRequestTest {

    private static ChatCompletionRequest.Builder valid() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("hi");
    }

    @Test
    void buildsWithEveryField() {
        ChatCompletionRequest request = valid()
                .addMessage(Message.system("be brief"))
                .temperature(0.3).topP(0.9).maxTokens(64).stop("END", "STOP").randomSeed(42)
                .metadata(Map.of("team", "search"))
                .responseFormat(ResponseFormat.jsonObject())
                .addTool(Tool.function("get_weather", "weather", Map.of("type", "object")))
                .toolChoice(ToolChoice.function("get_weather"))
                .presencePenalty(0.5).frequencyPenalty(-0.5).n(2)
                .prediction(Prediction.content("expected"))
                .parallelToolCalls(false).promptMode(PromptMode.REASONING).reasoningEffort(ReasoningEffort.HIGH)
                .guardrails(List.of(new GuardrailConfig(true, Map.of("action", "block"), null)))
                .promptCacheKey("conv-1").safePrompt(true)
                .build();

        assertThat(request.messages()).hasSize(2);
        assertThat(request.stop()).containsExactly("END", "STOP");
        assertThat(request.toolChoice()).isEqualTo(new FunctionToolChoice(ToolType.FUNCTION, "get_weather"));
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void modelIsRequired() {
        assertThatThrownBy(() -> ChatCompletionRequest.builder().addUserMessage("hi").build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("model")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("model"));
    }

    @Test
    void messagesAreRequired() {
        assertThatThrownBy(() -> ChatCompletionRequest.builder().model("m").build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("messages"));
    }

    @Test
    void nullMessageIsNamedByPosition() {
        List<Message> messages = new ArrayList<>();
        messages.add(Message.user("a"));
        messages.add(null);
        assertThatThrownBy(() -> ChatCompletionRequest.builder().model("m").messages(messages).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("messages[1]"));
    }

    @Test
    void negativeMaxTokensIsRefused() {
        assertThatThrownBy(() -> valid().maxTokens(-1).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxTokens")
                .hasMessageContaining("-1");
    }

    @Test
    void rangesAreChecked() {
        assertThatThrownBy(() -> valid().temperature(2.0).build()).hasMessageContaining("temperature");
        assertThatThrownBy(() -> valid().topP(1.5).build()).hasMessageContaining("topP");
        assertThatThrownBy(() -> valid().n(0).build()).hasMessageContaining("n:");
        assertThatThrownBy(() -> valid().presencePenalty(3).build()).hasMessageContaining("presencePenalty");
        assertThatThrownBy(() -> valid().randomSeed(-5).build()).hasMessageContaining("randomSeed");
    }

    @Test
    void jsonSchemaFormatNeedsASchema() {
        assertThatThrownBy(() -> valid().responseFormat(new ResponseFormat(ResponseFormatType.JSON_SCHEMA, null))
                .build()).hasMessageContaining("responseFormat.jsonSchema");
        assertThatThrownBy(() -> new JsonSchema("", null, Map.of(), null)).hasMessageContaining("jsonSchema.name");
    }

    @Test
    void builtRequestIsImmutable() {
        ChatCompletionRequest request = valid().build();
        assertThatThrownBy(() -> request.messages().add(Message.user("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void openEnumsKeepUnknownValues() {
        FinishReason unknown = FinishReason.of("content_filter");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.value()).isEqualTo("content_filter");
        assertThat(FinishReason.of("stop")).isSameAs(FinishReason.STOP);
        assertThat(FinishReason.of("content_filter")).isEqualTo(unknown);
        assertThat(ToolChoiceMode.of("required")).isEqualTo(ToolChoice.required());
    }

    @Test
    void contentTextJoinsTextChunksAndSkipsThinking() {
        Content content = Content.of(ThinkChunk.of("pondering"), ContentChunk.text("Hello "),
                ContentChunk.imageUrl("https://x/y.png"), ContentChunk.text("world"));
        assertThat(content.text()).isEqualTo("Hello world");
        assertThat(((Content.Chunks) content).thinking()).isEqualTo("pondering");
        AssistantMessage message = new AssistantMessage(content, null, null);
        assertThat(message.thinking()).isEqualTo("pondering");
        assertThat(message.toolCalls()).isEmpty();
    }
}
