package io.mistral4j.impl.stream;

import io.mistral4j.Headers;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.impl.http.Observers;
import io.mistral4j.spi.ApiCall;

/**
 * A completion event stream (chat, FIM, agents) that folds every event it hands out into the
 * accumulated completion and reports the usage of the event that carries it.
 */
final class AccumulatingCompletionStream implements ChatCompletionStream {

    private final ApiCall call;
    private final SseEventStream<CompletionChunk> events;
    private final Observers observers;
    private final ChatStreamAccumulator accumulator = new ChatStreamAccumulator();

    AccumulatingCompletionStream(ApiCall call, SseEventStream<CompletionChunk> events, Observers observers) {
        this.call = call;
        this.events = events;
        this.observers = observers;
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
