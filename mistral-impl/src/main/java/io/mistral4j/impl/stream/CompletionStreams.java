package io.mistral4j.impl.stream;

import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportResponse;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * Streamed completions shared by every endpoint that answers with {@link CompletionChunk}
 * events (chat, FIM, agents): open the call, decode each event, fold the events into the
 * completion, and offer the same as a {@link Flow.Publisher}.
 */
public final class CompletionStreams {

    private CompletionStreams() {
    }

    /** Sends a streaming call; an error status is thrown as its typed exception before any event. */
    public static ChatCompletionStream open(CallExecutor executor, ApiCall call) {
        TransportResponse response = executor.openStream(call);
        SseEventStream<CompletionChunk> events = new SseEventStream<>(call, response,
                data -> executor.decode(data, CompletionChunk.class, response.statusCode(), response.headers()),
                executor.observers());
        return new AccumulatingCompletionStream(call, events, executor.observers());
    }

    /** A cold publisher: each subscription opens its own stream with {@code opener}. */
    public static Flow.Publisher<CompletionChunk> publisher(CallExecutor executor,
                                                            Supplier<ChatCompletionStream> opener) {
        return new EventStreamPublisher<>(opener, executor.asyncExecutor());
    }
}
