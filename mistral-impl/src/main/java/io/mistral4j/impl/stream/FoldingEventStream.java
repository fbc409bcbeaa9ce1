package io.mistral4j.impl.stream;

import io.mistral4j.Headers;
import io.mistral4j.impl.http.CallEvents;
import io.mistral4j.streaming.EventStream;

/**
 * An {@link SseEventStream} whose every event, as it is handed out, is folded into what the
 * events add up to (a completion, a transcription) and may report usage to the call's
 * listeners. Subclasses say how to fold one event.
 *
 * @param <T> the event type
 */
public abstract class FoldingEventStream<T> implements EventStream<T> {

    private final SseEventStream<T> events;
    private final CallEvents listeners;

    protected FoldingEventStream(SseEventStream<T> events, CallEvents listeners) {
        this.events = events;
        this.listeners = listeners;
    }

    /** Adds {@code event} to the result; reports usage it carries to {@code listeners}. */
    protected abstract void fold(T event, CallEvents listeners);

    @Override
    public final Headers headers() {
        return events.headers();
    }

    @Override
    public final boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public final T next() {
        T event = events.next();
        fold(event, listeners);
        return event;
    }

    @Override
    public final void close() {
        events.close();
    }
}
