package io.mistral4j.streaming;

import io.mistral4j.Headers;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streamed answer read event by event as the server sends it. Always close it (it holds a
 * connection); reading to the end closes it too. Not thread-safe: one consumer at a time.
 *
 * <pre>{@code
 * try (EventStream<CompletionChunk> events = client.chat().stream(request)) {
 *     events.forEachRemaining(chunk -> System.out.print(chunk.text()));
 * }
 * }</pre>
 *
 * @param <T> the event type
 */
public interface EventStream<T> extends Iterator<T>, AutoCloseable {

    /** Response headers of the streamed answer (request id, rate limits). */
    Headers headers();

    /** Mistral's id for this exchange. */
    default Optional<String> requestId() {
        return io.mistral4j.ApiResponse.requestIdOf(headers());
    }

    /** The remaining events as a sequential {@link Stream}; closing the stream closes this. */
    default Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** Stops reading and releases the connection. Idempotent. */
    @Override
    void close();

    /** Lets the stream be used in an enhanced for loop (once). */
    default Iterable<T> asIterable() {
        return () -> this;
    }

    /** An iterator view, for symmetry with {@link Iterable}. */
    default Iterator<T> iterator() {
        return this;
    }
}
