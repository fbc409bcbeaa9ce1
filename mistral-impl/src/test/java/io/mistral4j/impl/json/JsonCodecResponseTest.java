package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChunkChoice;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.DeltaMessage;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.ImageDetail;
import io.mistral4j.chat.ImageUrl;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.ReferenceChunk;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ThinkChunk;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolType;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.Usage;
import io.mistral4j.chat.UserMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing of spec-shaped ChatCompletionResponse and CompletionChunk bodies. */
class JsonCodecResponseTest {

    private final JsonCodec codec = new JsonCodec();

    /** A ChatCompletionResponse per the schema, with one choice whose message is {@code message}. */
    static String response(String message, String finishReason) {
        return "{\"id\":\"cmpl-e5cc70bb28c444948073e77776eb30ef\",\"object\":\"chat.completion\","
                + "\"created\":1702256327,\"model\":\"mistral-small-latest\","
                + "\"usage\":{\"prompt_tokens\":16,\"completion_tokens\":34,\"total_tokens\":50},"
                + "\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":" + finishReason + "}]}";
    }

    private ChatCompletionResponse parse(String json) {
        return codec.fromJson(json, ChatCompletionResponse.class);
    }

    private AssistantMessage parseMessage(String message) {
        return parse(response(message, "\"stop\"")).message();
    }

    @Test
    void parsesEveryTopLevelFieldOfAResponse() {
        ChatCompletionResponse response = parse(response(
                "{\"role\":\"assistant\",\"content\":\"Claude Monet.\",\"tool_calls\":null,\"prefix\":false}",
                "\"stop\""));

        assertThat(response.id()).isEqualTo("cmpl-e5cc70bb28c444948073e77776eb30ef");
        assertThat(response.object()).isEqualTo("chat.completion");
        assertThat(response.created()).isEqualTo(1702256327L);
        assertThat(response.model()).isEqualTo("mistral-small-latest");
        assertThat(response.usage()).isEqualTo(new Usage(16, 34, 50, null, null, null, null));
        assertThat(response.choices()).containsExactly(new ChatCompletionChoice(0,
                new AssistantMessage(Content.of("Claude Monet."), List.of(), false), FinishReason.STOP));
        assertThat(response.text()).isEqualTo("Claude Monet.");
    }

    @Test
    void knownFinishReasonsAreTheConstants() {
        for (FinishReason reason : List.of(FinishReason.STOP, FinishReason.LENGTH, FinishReason.MODEL_LENGTH,
                FinishReason.ERROR, FinishReason.TOOL_CALLS)) {
            ChatCompletionChoice choice = parse(response("{\"role\":\"assistant\",\"content\":\"x\"}",
                    "\"" + reason.value() + "\"")).firstChoice();
            assertThat(choice.finishReason()).isSameAs(reason);
            assertThat(choice.finishReason().isKnown()).isTrue();
        }
    }

    @Test
    void unknownFinishReasonIsKeptWithItsValue() {
        FinishReason reason = parse(response("{\"role\":\"assistant\",\"content\":\"\"}", "\"content_filter\""))
                .firstChoice().finishReason();

        assertThat(reason.value()).isEqualTo("content_filter");
        assertThat(reason.isKnown()).isFalse();
        assertThat(reason).isEqualTo(FinishReason.of("content_filter"));
    }

    @Test
    void nullFinishReasonIsNull() {
        assertThat(parse(response("{\"role\":\"assistant\",\"content\":\"x\"}", "null")).firstChoice()
                .finishReason()).isNull();
    }

    @Test
    void nullContentIsNullAndTextIsEmpty() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":null}");

        assertThat(message.content()).isNull();
        assertThat(message.text()).isEmpty();
        assertThat(message.toolCalls()).isEmpty();
    }

    @Test
    void assistantContentAsChunkListWithThinking() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"Let me think. \"},"
                + "{\"type\":\"text\",\"text\":\"Monet.\"}],\"closed\":true},"
                + "{\"type\":\"text\",\"text\":\"Claude \"},{\"type\":\"text\",\"text\":\"Monet.\"}]}");

        assertThat(message.content()).isEqualTo(Content.of(
                new ThinkChunk(List.of(new TextChunk("Let me think. "), new TextChunk("Monet.")), true),
                new TextChunk("Claude "), new TextChunk("Monet.")));
        assertThat(message.text()).isEqualTo("Claude Monet.");
        assertThat(message.thinking()).isEqualTo("Let me think. Monet.");
    }

    @Test
    void thinkingWithToolReferenceAndReferenceItems() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\","
                + "\"thinking\":[{\"type\":\"text\",\"text\":\"Searching\"},"
                + "{\"type\":\"tool_reference\",\"tool\":\"web_search\",\"title\":\"Monet - Wikipedia\","
                + "\"url\":\"https://en.wikipedia.org/wiki/Claude_Monet\",\"favicon\":null,\"description\":null},"
                + "{\"type\":\"reference\",\"reference_ids\":[0,1]}]}]}");

        ThinkChunk thinking = (ThinkChunk) message.content().chunks().get(0);
        assertThat(thinking.closed()).isNull();
        assertThat(thinking.thinking()).hasSize(3);
        assertThat(thinking.thinking().get(0)).isEqualTo(new TextChunk("Searching"));
        assertThat(thinking.thinking().get(1)).isInstanceOfSatisfying(UnknownChunk.class, chunk -> {
            assertThat(chunk.type()).isEqualTo("tool_reference");
            assertThat(chunk.fields()).containsEntry("tool", "web_search")
                    .containsEntry("title", "Monet - Wikipedia")
                    .containsEntry("url", "https://en.wikipedia.org/wiki/Claude_Monet")
                    .doesNotContainKey("type");
        });
        assertThat(thinking.thinking().get(2)).isEqualTo(ReferenceChunk.of(0, 1));
        assertThat(thinking.text()).isEqualTo("Searching");
    }

    @Test
    void toolCallArgumentsAsJsonStringAreKeptAsText() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{"
                + "\"id\":\"D681PevKs\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
                + "\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\"},\"index\":0}]}");

        assertThat(message.toolCalls()).containsExactly(
                new ToolCall("D681PevKs", ToolType.FUNCTION,
                        new io.mistral4j.chat.FunctionCall("get_weather", "{\"city\": \"Paris\"}"), 0));
        assertThat(message.hasToolCalls()).isTrue();
    }

    @Test
    void toolCallArgumentsAsObjectBecomeTheirJsonText() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{"
                + "\"id\":\"c1\",\"function\":{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":[true,null,\"x\"],"
                + "\"c\":{\"d\":2.5}}}}]}");

        ToolCall call = message.toolCalls().get(0);
        assertThat(call.function().name()).isEqualTo("add");
        assertThat(call.function().arguments()).isEqualTo("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":2.5}}");
        assertThat(call.type()).isEqualTo(ToolType.FUNCTION);
        assertThat(call.index()).isNull();
    }

    @Test
    void toolCallWithUnknownTypeKeepsIt() {
        ToolCall call = parseMessage("{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"mcp\","
                + "\"function\":{\"name\":\"n\",\"arguments\":\"{}\"}}]}").toolCalls().get(0);

        assertThat(call.type().value()).isEqualTo("mcp");
        assertThat(call.type().isKnown()).isFalse();
    }

    @Test
    void toolCallArgumentsNullOrMissingAreNull() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"tool_calls\":["
                + "{\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":null}},"
                + "{\"id\":\"b\",\"function\":{\"name\":\"g\"}}]}");

        assertThat(message.toolCalls()).extracting(call -> call.function().arguments()).containsExactly(null, null);
    }

    @Test
    void imageUrlAsBareStringOrObject() {
        UserMessage message = (UserMessage) codec.fromJson("{\"role\":\"user\",\"content\":["
                + "{\"type\":\"image_url\",\"image_url\":\"https://example.com/a.png\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/b.png\",\"detail\":\"low\"}},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/c.png\",\"detail\":\"ultra\"}}]}",
                io.mistral4j.chat.Message.class);

        List<ContentChunk> chunks = message.content().chunks();
        assertThat(chunks.get(0)).isEqualTo(new ImageUrlChunk(new ImageUrl("https://example.com/a.png", null)));
        assertThat(chunks.get(1)).isEqualTo(new ImageUrlChunk(new ImageUrl("https://example.com/b.png",
                ImageDetail.LOW)));
        ImageDetail unknown = ((ImageUrlChunk) chunks.get(2)).imageUrl().detail();
        assertThat(unknown.value()).isEqualTo("ultra");
        assertThat(unknown.isKnown()).isFalse();
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        ChatCompletionResponse response = parse("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,"
                + "\"model\":\"m\",\"system_fingerprint\":\"fp\",\"extra\":{\"deep\":[1,{\"a\":null}]},"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3,\"new_counter\":9},"
                + "\"choices\":[{\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\",\"message\":{"
                + "\"role\":\"assistant\",\"refusal\":null,\"content\":[{\"type\":\"text\",\"text\":\"hi\","
                + "\"annotations\":[]}],\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\",\"extra\":1,"
                + "\"function\":{\"name\":\"f\",\"arguments\":\"{}\",\"strict\":true}}]}}]}");

        assertThat(response.usage()).isEqualTo(new Usage(1, 2, 3, null, null, null, null));
        assertThat(response.message().content()).isEqualTo(Content.of(new TextChunk("hi")));
        assertThat(response.toolCalls()).containsExactly(ToolCall.of("c", "f", "{}"));
    }

    @Test
    void usageWithAllOptionalFields() {
        Usage usage = parse("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120,"
                + "\"prompt_audio_seconds\":7,\"num_cached_tokens\":64,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":64}},\"choices\":[]}").usage();

        assertThat(usage).isEqualTo(new Usage(100, 20, 120, 7, 64, new Usage.PromptTokensDetails(64), null));
    }

    @Test
    void usageWithNullOptionalFields() {
        Usage usage = parse("{\"id\":\"x\",\"created\":1,\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,"
                + "\"completion_tokens\":1,\"total_tokens\":2,\"prompt_audio_seconds\":null,"
                + "\"num_cached_tokens\":null,\"prompt_tokens_details\":null},\"choices\":[]}").usage();

        assertThat(usage).isEqualTo(Usage.of(1, 1));
    }

    @Test
    void usageWithTheSingularPromptTokenDetailsSpelling() {
        // UsageInfo in the spec lists both prompt_tokens_details and prompt_token_details.
        Usage usage = parse("{\"id\":\"x\",\"created\":1,\"model\":\"m\",\"usage\":{\"prompt_tokens\":10,"
                + "\"completion_tokens\":1,\"total_tokens\":11,\"prompt_token_details\":{\"cached_tokens\":8}},"
                + "\"choices\":[]}").usage();

        assertThat(usage.promptTokensDetails()).isEqualTo(new Usage.PromptTokensDetails(8));
    }

    @Test
    void severalChoicesAreKeptInOrder() {
        ChatCompletionResponse response = parse("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,"
                + "\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3},"
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"a\"},"
                + "\"finish_reason\":\"stop\"},{\"index\":1,\"message\":{\"role\":\"assistant\",\"content\":\"b\"},"
                + "\"finish_reason\":\"length\"}]}");

        assertThat(response.choices()).extracting(ChatCompletionChoice::index).containsExactly(0, 1);
        assertThat(response.choices()).extracting(choice -> choice.message().text()).containsExactly("a", "b");
        assertThat(response.choices().get(1).finishReason()).isSameAs(FinishReason.LENGTH);
    }

    @Test
    void completionChunkWithRoleAndStringContent() {
        CompletionChunk chunk = codec.fromJson("{\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\","
                + "\"created\":1702256327,\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}]}",
                CompletionChunk.class);

        assertThat(chunk).isEqualTo(new CompletionChunk("cmpl-1", "chat.completion.chunk", 1702256327L,
                "mistral-small-latest", null, List.of(new ChunkChoice(0,
                        new DeltaMessage("assistant", Content.of("Hel"), List.of()), null))));
        assertThat(chunk.text()).isEqualTo("Hel");
    }

    @Test
    void lastCompletionChunkCarriesUsageAndFinishReason() {
        CompletionChunk chunk = codec.fromJson("{\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\","
                + "\"created\":1,\"model\":\"m\",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7,"
                + "\"total_tokens\":12},\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},"
                + "\"finish_reason\":\"stop\"}]}", CompletionChunk.class);

        assertThat(chunk.usage()).isEqualTo(Usage.of(5, 7));
        assertThat(chunk.choices().get(0).finishReason()).isSameAs(FinishReason.STOP);
        assertThat(chunk.text()).isEmpty();
    }

    @Test
    void completionChunkWithThinkingDeltaAndToolCallDelta() {
        CompletionChunk chunk = codec.fromJson("{\"id\":\"c\",\"model\":\"magistral\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\","
                + "\"text\":\"hmm\"}]}],\"tool_calls\":[{\"id\":\"null\",\"function\":{\"name\":\"\","
                + "\"arguments\":\"{\\\"a\\\"\"},\"index\":1}]},\"finish_reason\":null}]}", CompletionChunk.class);

        DeltaMessage delta = chunk.choices().get(0).delta();
        assertThat(delta.role()).isNull();
        assertThat(delta.content()).isEqualTo(Content.of(ThinkChunk.of("hmm")));
        assertThat(delta.text()).isEmpty();
        assertThat(delta.toolCalls()).containsExactly(new ToolCall("null", ToolType.FUNCTION,
                new io.mistral4j.chat.FunctionCall("", "{\"a\""), 1));
        assertThat(chunk.created()).isZero();
        assertThat(chunk.object()).isNull();
    }

    @Test
    void completionChunkWithoutChoicesHasAnEmptyList() {
        CompletionChunk chunk = codec.fromJson("{\"id\":\"c\",\"model\":\"m\",\"choices\":null}",
                CompletionChunk.class);

        assertThat(chunk.choices()).isEmpty();
        assertThat(chunk.text()).isEmpty();
    }

    @Test
    void unknownChunkKeepsEveryFieldAsPlainJavaValues() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":[{\"type\":\"chart\","
                + "\"title\":\"Sales\",\"count\":3,\"ratio\":0.25,\"visible\":true,\"series\":[1,2.5,\"x\"],"
                + "\"style\":{\"color\":\"red\",\"width\":2}}]}");

        UnknownChunk chunk = (UnknownChunk) message.content().chunks().get(0);
        assertThat(chunk.type()).isEqualTo("chart");
        assertThat(chunk.fields()).containsExactly(
                Map.entry("title", "Sales"),
                Map.entry("count", 3L),
                Map.entry("ratio", 0.25),
                Map.entry("visible", true),
                Map.entry("series", List.of(1L, 2.5, "x")),
                Map.entry("style", Map.of("color", "red", "width", 2L)));
    }

    @Test
    void userMessageWithEveryKnownChunkType() {
        UserMessage message = (UserMessage) codec.fromJson("{\"role\":\"user\",\"content\":["
                + "{\"type\":\"text\",\"text\":\"t\"},"
                + "{\"type\":\"document_url\",\"document_url\":\"https://d\",\"document_name\":\"d.pdf\"},"
                + "{\"type\":\"reference\",\"reference_ids\":[7]},"
                + "{\"type\":\"file\",\"file_id\":\"f-1\"},"
                + "{\"type\":\"input_audio\",\"input_audio\":\"AAAA\"}]}", io.mistral4j.chat.Message.class);

        assertThat(message.content()).isEqualTo(Content.of(
                new TextChunk("t"),
                new io.mistral4j.chat.DocumentUrlChunk("https://d", "d.pdf"),
                ReferenceChunk.of(7),
                new io.mistral4j.chat.FileChunk("f-1"),
                new io.mistral4j.chat.AudioChunk("AAAA")));
    }
}
