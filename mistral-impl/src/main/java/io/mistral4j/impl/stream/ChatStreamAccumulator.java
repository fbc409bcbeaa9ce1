package io.mistral4j.impl.stream;

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
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ThinkChunk;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolType;
import io.mistral4j.chat.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds the events of a streamed chat completion into the completion they add up to: per
 * choice, text pieces joined (consecutive text and thinking chunks merged), tool calls gathered
 * by {@code index} with their argument deltas concatenated (whole calls in one event and
 * parallel calls in one event both work), and the last finish reason and usage kept. A delta's
 * {@code tool_call_id}, {@code index} and {@code metadata} describe that event only and are not
 * folded: an assistant message has no place for them (read them from the events themselves).
 */
public final class ChatStreamAccumulator {

    private String id;
    private String model;
    private long created;
    private Usage usage;
    private final Map<Integer, ChoiceState> choices = new TreeMap<>();

    /** Adds one event. */
    public void add(CompletionChunk chunk) {
        if (chunk.id() != null) {
            id = chunk.id();
        }
        if (chunk.model() != null) {
            model = chunk.model();
        }
        if (chunk.created() != 0) {
            created = chunk.created();
        }
        if (chunk.usage() != null) {
            usage = chunk.usage();
        }
        for (ChunkChoice choice : chunk.choices()) {
            choices.computeIfAbsent(choice.index(), index -> new ChoiceState()).add(choice);
        }
    }

    /** The completion so far. */
    public ChatCompletionResponse result() {
        List<ChatCompletionChoice> folded = new ArrayList<>(choices.size());
        choices.forEach((index, state) -> folded.add(state.toChoice(index)));
        return new ChatCompletionResponse(id, "chat.completion", created, model, usage, folded);
    }

    /** The state of one choice while events arrive. */
    private static final class ChoiceState {
        private final List<ContentChunk> chunks = new ArrayList<>();
        private final StringBuilder pendingText = new StringBuilder();
        private boolean sawChunkContent;
        private boolean sawContent;
        private final List<ToolCallState> toolCalls = new ArrayList<>();
        private FinishReason finishReason;

        void add(ChunkChoice choice) {
            if (choice.finishReason() != null) {
                finishReason = choice.finishReason();
            }
            DeltaMessage delta = choice.delta();
            if (delta == null) {
                return;
            }
            Content content = delta.content();
            if (content instanceof Content.Text) {
                sawContent = true;
                pendingText.append(((Content.Text) content).text());
            } else if (content instanceof Content.Chunks) {
                sawContent = true;
                sawChunkContent = true;
                for (ContentChunk piece : content.chunks()) {
                    addChunk(piece);
                }
            }
            for (int position = 0; position < delta.toolCalls().size(); position++) {
                addToolCall(delta.toolCalls().get(position), position);
            }
        }

        private void addChunk(ContentChunk piece) {
            if (piece instanceof TextChunk) {
                pendingText.append(((TextChunk) piece).text());
                return;
            }
            flushText();
            int last = chunks.size() - 1;
            if (piece instanceof ThinkChunk && last >= 0 && chunks.get(last) instanceof ThinkChunk) {
                ThinkChunk previous = (ThinkChunk) chunks.get(last);
                ThinkChunk next = (ThinkChunk) piece;
                chunks.set(last, new ThinkChunk(mergeText(previous.thinking(), next.thinking()),
                        next.closed() != null ? next.closed() : previous.closed(),
                        next.signature() != null ? next.signature() : previous.signature()));
            } else {
                chunks.add(piece);
            }
        }

        private void flushText() {
            if (pendingText.length() == 0) {
                return;
            }
            int last = chunks.size() - 1;
            if (last >= 0 && chunks.get(last) instanceof TextChunk) {
                chunks.set(last, new TextChunk(((TextChunk) chunks.get(last)).text() + pendingText));
            } else {
                chunks.add(new TextChunk(pendingText.toString()));
            }
            pendingText.setLength(0);
        }

        private static List<ContentChunk> mergeText(List<ContentChunk> first, List<ContentChunk> second) {
            List<ContentChunk> merged = new ArrayList<>(first);
            for (ContentChunk piece : second) {
                int last = merged.size() - 1;
                if (piece instanceof TextChunk && last >= 0 && merged.get(last) instanceof TextChunk) {
                    merged.set(last, new TextChunk(((TextChunk) merged.get(last)).text() + ((TextChunk) piece).text()));
                } else {
                    merged.add(piece);
                }
            }
            return merged;
        }

        private void addToolCall(ToolCall delta, int position) {
            int index = delta.index() != null ? delta.index() : position;
            ToolCallState target = null;
            for (int i = toolCalls.size() - 1; i >= 0; i--) {
                ToolCallState candidate = toolCalls.get(i);
                if (candidate.index == index) {
                    target = candidate;
                    break;
                }
            }
            // A new id at an index already taken is a new call, not more of the old one.
            if (target == null || delta.id() != null && target.id != null && !delta.id().equals(target.id)
                    && !"null".equals(delta.id())) {
                target = new ToolCallState(index);
                toolCalls.add(target);
            }
            target.add(delta);
        }

        ChatCompletionChoice toChoice(int index) {
            Content content = null;
            if (sawChunkContent) {
                flushText();
                content = Content.of(chunks);
            } else if (sawContent) {
                content = Content.of(pendingText.toString());
            }
            List<ToolCall> calls = new ArrayList<>(toolCalls.size());
            for (ToolCallState call : toolCalls) {
                calls.add(call.toToolCall());
            }
            return new ChatCompletionChoice(index, new AssistantMessage(content, calls, null), finishReason);
        }
    }

    /** One tool call being assembled from deltas. */
    private static final class ToolCallState {
        private final int index;
        private String id;
        private ToolType type;
        private String name;
        private final StringBuilder arguments = new StringBuilder();

        ToolCallState(int index) {
            this.index = index;
        }

        void add(ToolCall delta) {
            if (delta.id() != null && !"null".equals(delta.id())) {
                id = delta.id();
            }
            if (delta.type() != null) {
                type = delta.type();
            }
            FunctionCall function = delta.function();
            if (function != null) {
                if (function.name() != null && !function.name().isEmpty()) {
                    name = function.name();
                }
                if (function.arguments() != null) {
                    arguments.append(function.arguments());
                }
            }
        }

        ToolCall toToolCall() {
            return new ToolCall(id, type, new FunctionCall(name, arguments.toString()), index);
        }
    }
}
