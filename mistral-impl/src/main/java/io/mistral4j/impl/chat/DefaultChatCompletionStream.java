package io.mistral4j.impl.chat;

import io.mistral4j.Headers;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.Observers;
import io.mistral4j.impl.stream.ChatStreamAccumulator;
import io.mistral4j.impl.stream.SseEventStream;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportResponse;

/**
 * A chat event stream that folds every event it hands out into the accumulated completion.
 * Every operation that streams chat completion chunks (chat, agents) opens one with {@link #open}.
 */
public final class DefaultChatCompletionStream implements ChatCompletionStream {

    private final ApiCall call;
    private final SseEventStream<CompletionChunk> events;
    private final Observers observers;
    private final ChatStreamAccumulator accumulator;

    /**
     * Sends the streaming {@code call} and returns its events as they arrive; when the stream
     * ends or is closed, observers get the accumulated completion as the call's result.
     */
    public static ChatCompletionStream open(CallExecutor executor, ApiCall call) {
        TransportResponse response = executor.openStream(call);
        ChatStreamAccumulator accumulator = new ChatStreamAccumulator();
        SseEventStream<CompletionChunk> events = new SseEventStream<>(call, response,
                data -> executor.decodeEvent(call, data, CompletionChunk.class, response),
                executor.observers(), accumulator::result, executor.abandonedStreams());
        return new DefaultChatCompletionStream(call, events, executor.observers(), accumulator);
    }

    DefaultChatCompletionStream(ApiCall call, SseEventStream<CompletionChunk> events, Observers observers,
                                ChatStreamAccumulator accumulator) {
        this.call = call;
        this.events = events;
        this.observers = observers;
        this.accumulator = accumulator;
    }

    @Override
    public Headers headers() {
        return events.headers();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public CompletionChunk next() {
        CompletionChunk chunk = events.next();
        accumulator.add(chunk);
        if (chunk.usage() != null) {
            observers.onUsage(call, chunk.usage().promptTokens(), chunk.usage().completionTokens());
        }
        return chunk;
    }

    @Override
    public ChatCompletionResponse accumulated() {
        return accumulator.result();
    }

    @Override
    public void close() {
        events.close();
    }
}
