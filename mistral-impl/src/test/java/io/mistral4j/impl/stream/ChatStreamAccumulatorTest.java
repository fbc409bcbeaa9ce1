package io.mistral4j.impl.stream;

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
import io.mistral4j.chat.FunctionCall;
import io.mistral4j.chat.ReferenceChunk;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ThinkChunk;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolType;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.Usage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatStreamAccumulatorTest {

    private final ChatStreamAccumulator accumulator = new ChatStreamAccumulator();

    private static CompletionChunk chunk(ChunkChoice... choices) {
        return new CompletionChunk("cmpl-1", "chat.completion.chunk", 1702256327L, "mistral-small-latest", null,
                List.of(choices));
    }

    private static ChunkChoice delta(int index, Content content, ToolCall... calls) {
        return new ChunkChoice(index, new DeltaMessage(null, content, Arrays.asList(calls)), null);
    }

    private static ChunkChoice text(int index, String text) {
        return delta(index, Content.of(text));
    }

    private static ChunkChoice chunks(int index, ContentChunk... chunks) {
        return delta(index, Content.of(chunks));
    }

    private static ChunkChoice calls(int index, ToolCall... calls) {
        return delta(index, null, calls);
    }

    private static ChunkChoice finish(int index, FinishReason reason) {
        return new ChunkChoice(index, new DeltaMessage(null, Content.of(""), List.of()), reason);
    }

    private static ToolCall call(Integer index, String id, String name, String arguments) {
        return new ToolCall(id, ToolType.FUNCTION, new FunctionCall(name, arguments), index);
    }

    private void addAll(CompletionChunk... chunks) {
        for (CompletionChunk chunk : chunks) {
            accumulator.add(chunk);
        }
    }

    private AssistantMessage message(int choice) {
        return accumulator.result().choices().get(choice).message();
    }

    @Test
    void nothingAddedGivesAnEmptyCompletion() {
        ChatCompletionResponse result = accumulator.result();

        assertThat(result.id()).isNull();
        assertThat(result.choices()).isEmpty();
        assertThat(result.usage()).isNull();
    }

    @Test
    void stringContentDeltasAreJoinedIntoStringContent() {
        addAll(chunk(new ChunkChoice(0, new DeltaMessage("assistant", Content.of(""), List.of()), null)),
                chunk(text(0, "Hel")),
                chunk(text(0, "lo, ")),
                chunk(text(0, "world")),
                chunk(finish(0, FinishReason.STOP)));

        AssistantMessage message = message(0);
        assertThat(message.content()).isEqualTo(Content.of("Hello, world"));
        assertThat(message.toolCalls()).isEmpty();
        assertThat(accumulator.result().firstChoice().finishReason()).isSameAs(FinishReason.STOP);
    }

    @Test
    void aDeltasToolCallIdIndexAndMetadataAreNotFoldedAndChangeNothing() {
        addAll(chunk(new ChunkChoice(0, new DeltaMessage("assistant", Content.of("Hel"), List.of(), "D681PevKs", 1,
                        Map.of("source", "kb")), null)),
                chunk(text(0, "lo")),
                chunk(finish(0, FinishReason.STOP)));

        ChatCompletionChoice choice = accumulator.result().firstChoice();
        assertThat(choice).isEqualTo(new ChatCompletionChoice(0,
                new AssistantMessage(Content.of("Hello"), List.of(), null), FinishReason.STOP));
        assertThat(choice.messages()).isEmpty();
    }

    @Test
    void idModelCreatedAndObjectOfTheResult() {
        accumulator.add(new CompletionChunk("cmpl-9", "chat.completion.chunk", 1700000000L, "mistral-large-2411",
                null, List.of(text(0, "a"))));
        accumulator.add(new CompletionChunk(null, null, 0L, null, null, List.of(text(0, "b"))));

        ChatCompletionResponse result = accumulator.result();
        assertThat(result.id()).isEqualTo("cmpl-9");
        assertThat(result.model()).isEqualTo("mistral-large-2411");
        assertThat(result.created()).isEqualTo(1700000000L);
        assertThat(result.object()).isEqualTo("chat.completion");
        assertThat(result.text()).isEqualTo("ab");
    }

    @Test
    void finishReasonAndUsageComeFromTheLastChunk() {
        Usage usage = new Usage(12, 3, 15, null, 4, new Usage.PromptTokensDetails(4), null);
        addAll(chunk(text(0, "a")),
                chunk(text(0, "b")),
                new CompletionChunk("cmpl-1", "chat.completion.chunk", 1702256327L, "mistral-small-latest", usage,
                        List.of(finish(0, FinishReason.LENGTH))));

        ChatCompletionResponse result = accumulator.result();
        assertThat(result.usage()).isEqualTo(usage);
        assertThat(result.firstChoice().finishReason()).isSameAs(FinishReason.LENGTH);
        assertThat(result.text()).isEqualTo("ab");
    }

    @Test
    void aLaterChunkWithoutFinishReasonOrUsageDoesNotEraseThem() {
        addAll(new CompletionChunk("c", null, 1L, "m", Usage.of(1, 1), List.of(finish(0, FinishReason.TOOL_CALLS))),
                chunk(text(0, "")));

        assertThat(accumulator.result().usage()).isEqualTo(Usage.of(1, 1));
        assertThat(accumulator.result().firstChoice().finishReason()).isSameAs(FinishReason.TOOL_CALLS);
    }

    @Test
    void unknownFinishReasonIsKept() {
        addAll(chunk(text(0, "x")), chunk(finish(0, FinishReason.of("content_filter"))));

        FinishReason reason = accumulator.result().firstChoice().finishReason();
        assertThat(reason.value()).isEqualTo("content_filter");
        assertThat(reason.isKnown()).isFalse();
    }

    @Test
    void toolCallsWithoutAnyContentGiveNullContent() {
        accumulator.add(chunk(calls(0, call(0, "c1", "f", "{}"))));

        assertThat(message(0).content()).isNull();
        assertThat(message(0).text()).isEmpty();
    }

    @Test
    void emptyStringContentIsStillContent() {
        addAll(chunk(calls(0, call(0, "c1", "f", "{}"))), chunk(finish(0, FinishReason.TOOL_CALLS)));

        assertThat(message(0).content()).isEqualTo(Content.of(""));
    }

    @Test
    void interleavedArgumentDeltasOfTwoCallsAreReassembled() {
        addAll(chunk(calls(0, call(0, "call_a", "get_weather", ""))),
                chunk(calls(0, call(1, "call_b", "get_time", ""))),
                chunk(calls(0, call(0, null, null, "{\"city\""))),
                chunk(calls(0, call(1, null, null, "{\"zone\""))),
                chunk(calls(0, call(0, null, null, ":\"Paris\"}"))),
                chunk(calls(0, call(1, null, null, ":\"CET\"}"))),
                chunk(finish(0, FinishReason.TOOL_CALLS)));

        assertThat(message(0).toolCalls()).containsExactly(
                call(0, "call_a", "get_weather", "{\"city\":\"Paris\"}"),
                call(1, "call_b", "get_time", "{\"zone\":\"CET\"}"));
    }

    @Test
    void continuationDeltasMayCarryTheSpecDefaultIdNullOrAnEmptyName() {
        addAll(chunk(calls(0, call(0, "call_a", "f", "{\"x\""))),
                chunk(calls(0, call(0, "null", "", ":1"))),
                chunk(calls(0, call(0, "call_a", null, "}"))));

        assertThat(message(0).toolCalls()).containsExactly(call(0, "call_a", "f", "{\"x\":1}"));
    }

    @Test
    void wholeCallsEachInTheirOwnChunk() {
        addAll(chunk(calls(0, call(0, "c1", "get_weather", "{\"city\":\"Paris\"}"))),
                chunk(calls(0, call(1, "c2", "get_weather", "{\"city\":\"Lyon\"}"))));

        assertThat(message(0).toolCalls()).containsExactly(
                call(0, "c1", "get_weather", "{\"city\":\"Paris\"}"),
                call(1, "c2", "get_weather", "{\"city\":\"Lyon\"}"));
    }

    @Test
    void wholeCallsInSeparateChunksWithTheSameIndexStayTwoCalls() {
        addAll(chunk(calls(0, call(0, "c1", "a", "{}"))),
                chunk(calls(0, call(0, "c2", "b", "{\"k\":2}"))));

        assertThat(message(0).toolCalls()).containsExactly(
                call(0, "c1", "a", "{}"),
                call(0, "c2", "b", "{\"k\":2}"));
    }

    @Test
    void twoParallelCallsInOneChunk() {
        addAll(chunk(calls(0, call(0, "c1", "get_weather", "{\"city\":\"Paris\"}"),
                call(1, "c2", "get_time", "{\"zone\":\"CET\"}"))),
                chunk(finish(0, FinishReason.TOOL_CALLS)));

        assertThat(message(0).toolCalls()).containsExactly(
                call(0, "c1", "get_weather", "{\"city\":\"Paris\"}"),
                call(1, "c2", "get_time", "{\"zone\":\"CET\"}"));
    }

    @Test
    void deltasWithoutIndexAreKeyedByTheirPositionInTheDelta() {
        addAll(chunk(calls(0, call(null, "c1", "f", "{\"a\""), call(null, "c2", "g", "{\"b\""))),
                chunk(calls(0, call(null, null, null, ":1}"), call(null, null, null, ":2}"))));

        assertThat(message(0).toolCalls()).containsExactly(
                call(0, "c1", "f", "{\"a\":1}"),
                call(1, "c2", "g", "{\"b\":2}"));
    }

    @Test
    void wholeCallsWithoutIndexInSeparateChunksStayTwoCalls() {
        addAll(chunk(calls(0, call(null, "c1", "a", "{}"))),
                chunk(calls(0, call(null, "c2", "b", "{}"))));

        assertThat(message(0).toolCalls()).extracting(ToolCall::id).containsExactly("c1", "c2");
    }

    @Test
    void toolCallTypeIsKept() {
        accumulator.add(chunk(calls(0, new ToolCall("c1", ToolType.of("mcp"), new FunctionCall("f", "{}"), 0))));

        assertThat(message(0).toolCalls().get(0).type().value()).isEqualTo("mcp");
    }

    @Test
    void textAndToolCallsTogether() {
        addAll(chunk(text(0, "Let me check.")), chunk(calls(0, call(0, "c1", "f", "{}"))));

        assertThat(message(0).text()).isEqualTo("Let me check.");
        assertThat(message(0).toolCalls()).containsExactly(call(0, "c1", "f", "{}"));
    }

    @Test
    void consecutiveThinkingChunksAreMergedAndTextIsMerged() {
        addAll(chunk(delta(0, Content.of(""))),
                chunk(chunks(0, ThinkChunk.of("The user "))),
                chunk(chunks(0, ThinkChunk.of("asks about "))),
                chunk(chunks(0, new ThinkChunk(List.of(new TextChunk("Monet.")), true))),
                chunk(chunks(0, new TextChunk("Claude "))),
                chunk(chunks(0, new TextChunk("Monet"))),
                chunk(text(0, ".")));

        AssistantMessage message = message(0);
        assertThat(message.content()).isEqualTo(Content.of(
                new ThinkChunk(List.of(new TextChunk("The user asks about Monet.")), true),
                new TextChunk("Claude Monet.")));
        assertThat(message.text()).isEqualTo("Claude Monet.");
        assertThat(message.thinking()).isEqualTo("The user asks about Monet.");
    }

    @Test
    void thinkingAfterTextStartsANewThinkingChunk() {
        addAll(chunk(chunks(0, ThinkChunk.of("a"))),
                chunk(chunks(0, new TextChunk("b"))),
                chunk(chunks(0, ThinkChunk.of("c"))),
                chunk(chunks(0, new TextChunk("d"))));

        assertThat(message(0).content()).isEqualTo(Content.of(
                ThinkChunk.of("a"), new TextChunk("b"), ThinkChunk.of("c"), new TextChunk("d")));
    }

    @Test
    void closedFlagOfMergedThinkingIsTheLatestSent() {
        addAll(chunk(chunks(0, new ThinkChunk(List.of(new TextChunk("a")), false))),
                chunk(chunks(0, new ThinkChunk(List.of(new TextChunk("b")), null))));

        assertThat(message(0).content().chunks())
                .containsExactly(new ThinkChunk(List.of(new TextChunk("ab")), false));
    }

    @Test
    void nonTextItemsInsideThinkingKeepTheirPlace() {
        UnknownChunk toolReference = new UnknownChunk("tool_reference", Map.of("tool", "web_search", "title", "T"));
        addAll(chunk(chunks(0, ThinkChunk.of("Searching"))),
                chunk(chunks(0, new ThinkChunk(List.of(toolReference), null))),
                chunk(chunks(0, ThinkChunk.of(" found"))),
                chunk(chunks(0, ThinkChunk.of(" it"))));

        assertThat(message(0).content().chunks()).containsExactly(new ThinkChunk(List.of(
                new TextChunk("Searching"), toolReference, new TextChunk(" found it")), null));
    }

    @Test
    void otherChunksBetweenTextKeepTheirPlace() {
        addAll(chunk(chunks(0, new TextChunk("See "))),
                chunk(chunks(0, ReferenceChunk.of(1))),
                chunk(chunks(0, new TextChunk("and "), new TextChunk("more"))));

        assertThat(message(0).content()).isEqualTo(Content.of(
                new TextChunk("See "), ReferenceChunk.of(1), new TextChunk("and more")));
    }

    @Test
    void severalChoicesAreKeptApartAndOrderedByIndex() {
        addAll(chunk(text(1, "B1"), text(0, "A1")),
                chunk(text(0, "A2")),
                chunk(calls(1, call(0, "c1", "f", "{}"))),
                chunk(text(1, "B2")),
                chunk(finish(1, FinishReason.TOOL_CALLS), finish(0, FinishReason.STOP)));

        List<ChatCompletionChoice> choices = accumulator.result().choices();
        assertThat(choices).extracting(ChatCompletionChoice::index).containsExactly(0, 1);
        assertThat(choices.get(0).message().text()).isEqualTo("A1A2");
        assertThat(choices.get(0).message().toolCalls()).isEmpty();
        assertThat(choices.get(0).finishReason()).isSameAs(FinishReason.STOP);
        assertThat(choices.get(1).message().text()).isEqualTo("B1B2");
        assertThat(choices.get(1).message().toolCalls()).containsExactly(call(0, "c1", "f", "{}"));
        assertThat(choices.get(1).finishReason()).isSameAs(FinishReason.TOOL_CALLS);
    }

    @Test
    void resultCanBeTakenMidStreamAndAgainLater() {
        addAll(chunk(chunks(0, new TextChunk("Hel"))));
        assertThat(message(0).content()).isEqualTo(Content.of(new TextChunk("Hel")));
        assertThat(message(0).content()).isEqualTo(Content.of(new TextChunk("Hel")));

        addAll(chunk(chunks(0, new TextChunk("lo"))), chunk(calls(0, call(0, "c", "f", "{\"a\""))));
        assertThat(message(0).content()).isEqualTo(Content.of(new TextChunk("Hello")));

        addAll(chunk(calls(0, call(0, null, null, ":1}"))), chunk(text(0, "!")));
        assertThat(message(0).content()).isEqualTo(Content.of(new TextChunk("Hello!")));
        assertThat(message(0).toolCalls()).containsExactly(call(0, "c", "f", "{\"a\":1}"));
    }

    @Test
    void choiceWithoutDeltaOnlyUpdatesFinishReason() {
        addAll(chunk(text(0, "x")), chunk(new ChunkChoice(0, null, FinishReason.STOP)));

        assertThat(accumulator.result().firstChoice().finishReason()).isSameAs(FinishReason.STOP);
        assertThat(accumulator.result().text()).isEqualTo("x");
    }
}
