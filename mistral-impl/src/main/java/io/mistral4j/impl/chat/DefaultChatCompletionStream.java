package io.mistral4j.impl.chat;

import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.CallEvents;
import io.mistral4j.impl.http.OpenedCall;
import io.mistral4j.impl.json.StreamChunkReader;
import io.mistral4j.impl.stream.ChatStreamAccumulator;
import io.mistral4j.impl.stream.FoldingEventStream;
import io.mistral4j.impl.stream.SseEventStream;
import io.mistral4j.spi.ApiCall;

/**
 * A chat event stream that folds every event it hands out into the accumulated completion.
 * Every operation that streams chat completion chunks (chat, agents) opens one with {@link #open}.
 */
public final class DefaultChatCompletionStream extends FoldingEventStream<CompletionChunk>
        implements ChatCompletionStream {

    private final ChatStreamAccumulator accumulator;

    /**
     * Sends the streaming {@code call} and returns its events as they arrive; when the stream
     * ends or is closed, the call's listeners get the accumulated completion as its result.
     */
    public static ChatCompletionStream open(CallExecutor executor, ApiCall call) {
        OpenedCall opened = executor.openStream(call);
        ChatStreamAccumulator accumulator = new ChatStreamAccumulator();
        StreamChunkReader chunks = executor.codec().streamChunkReader();
        SseEventStream<CompletionChunk> events = new SseEventStream<>(opened,
                data -> executor.decodeEvent(call, data, chunks::read, CompletionChunk.class, opened.response()),
                accumulator::result, executor.abandonedStreams());
        return new DefaultChatCompletionStream(events, opened.events(), accumulator);
    }

    DefaultChatCompletionStream(SseEventStream<CompletionChunk> events, CallEvents listeners,
                                ChatStreamAccumulator accumulator) {
        super(events, listeners);
        this.accumulator = accumulator;
    }

    @Override
    protected void fold(CompletionChunk chunk, CallEvents listeners) {
        accumulator.add(chunk);
        if (chunk.usage() != null) {
            listeners.onUsage(chunk.usage().promptTokens(), chunk.usage().completionTokens());
        }
    }

    @Override
    public ChatCompletionResponse accumulated() {
        return accumulator.result();
    }
}
