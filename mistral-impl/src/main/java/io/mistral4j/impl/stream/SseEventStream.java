package io.mistral4j.impl.stream;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.impl.http.AbandonedStreams;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.read.GuardedAnswer;
import io.mistral4j.impl.read.IoFailures;
import io.mistral4j.impl.http.CallEvents;
import io.mistral4j.impl.http.OpenedCall;
import io.mistral4j.impl.sse.SseEvent;
import io.mistral4j.impl.sse.SseParser;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportResponse;
import io.mistral4j.streaming.EventStream;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An {@link EventStream} over an SSE answer: parses events as they arrive, decodes each
 * {@code data} with the given decoder, ends at {@code [DONE]}, and releases the connection on
 * the end, on any failure and on {@link #close()}, or once found dropped without close
 * ({@link AbandonedStreams}). At {@code [DONE]} it reads the rest of the body first (briefly,
 * see {@link GuardedAnswer#closeAfterRest()}), so that the connection can serve the next call.
 * A stream that stops before {@code [DONE]} fails with a {@link MistralConnectionException}, so
 * a cut answer is never taken for a whole one. Streams of named events that send no
 * {@code [DONE]} (audio transcriptions) name their last event instead: the stream ends after it.
 *
 * @param <T> the event type
 */
public final class SseEventStream<T> implements EventStream<T> {

    private static final String DONE = "[DONE]";

    private final ApiCall call;
    private final TransportResponse response;
    private final SseParser parser;
    /** The answer under the client's read bounds, told of each event (its idle guard); null for a bare answer. */
    private final GuardedAnswer guarded;
    private final Function<String, T> decoder;
    private final CallEvents events;
    private final Supplier<?> result;
    private final Predicate<? super T> last;
    private final AbandonedStreams.Tracked tracked;

    private T next;
    private long delivered;
    private boolean finished;
    private boolean closed;
    private boolean lastSeen;

    /**
     * @param opened    the streaming call, its answer open
     * @param result    what the events add up to so far (nullable): handed to the call's listeners as
     *                  its result when the stream ends or is closed, before {@code onEnd}
     * @param abandoned releases the answer if this stream is dropped without being closed
     */
    public SseEventStream(OpenedCall opened, Function<String, T> decoder, Supplier<?> result,
                          AbandonedStreams abandoned) {
        this(opened, decoder, result, event -> false, abandoned);
    }

    /**
     * A stream that also ends after the event {@code last} accepts, for answers that send no
     * {@code [DONE]}.
     */
    public SseEventStream(OpenedCall opened, Function<String, T> decoder, Supplier<?> result,
                          Predicate<? super T> last, AbandonedStreams abandoned) {
        this.last = last;
        this.call = opened.call();
        this.response = opened.response();
        this.guarded = response instanceof GuardedAnswer ? (GuardedAnswer) response : null;
        this.parser = guarded != null ? new SseParser(response.body(), 8192, guarded.maxEventBytes())
                : new SseParser(response.body());
        this.decoder = decoder;
        this.events = opened.events();
        this.result = result;
        this.tracked = abandoned.track(this, response, call);
    }

    @Override
    public Headers headers() {
        return response.headers();
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            next = readNext();
            return next != null;
        } catch (RuntimeException e) {
            fail(e);
            throw e;
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the stream has ended");
        }
        T value = next;
        next = null;
        if (delivered++ == 0) {
            events.onFirstChunk();
        }
        return value;
    }

    /** How many events have been handed to the caller. */
    public long delivered() {
        return delivered;
    }

    @Override
    public void close() {
        end(false);
    }

    /** @param complete whether {@code [DONE]} came: then the rest of the body is read before release */
    private void end(boolean complete) {
        if (!finished) {
            finished = true;
            reportResult();
            events.onEnd();
        }
        release(complete);
    }

    private T readNext() {
        while (true) {
            if (closed) {
                return null;
            }
            if (lastSeen) {
                end(true);
                return null;
            }
            SseEvent event;
            try {
                event = parser.next();
            } catch (IOException e) {
                if (closed) {
                    return null;
                }
                throw IoFailures.reading(e, "the event stream of " + call.method() + " " + call.path()
                        + " after " + delivered + " events");
            }
            if (event == null) {
                throw new MistralConnectionException("the event stream of " + call.method() + " " + call.path()
                        + " ended after " + delivered + " events without [DONE]", null);
            }
            if (guarded != null) {
                guarded.eventArrived(); // an event with data: the parser gives no other
            }
            if (DONE.equals(event.data())) {
                end(true);
                return null;
            }
            if ("error".equals(event.event())) {
                throw CallExecutor.failure(call, 500, response.headers(), event.data());
            }
            T value = decoder.apply(event.data());
            lastSeen = last.test(value);
            return value;
        }
    }

    private void reportResult() {
        Object value;
        try {
            value = result == null ? null : result.get();
        } catch (RuntimeException e) {
            return; // what the events add up to is a report, never a reason to fail the caller
        }
        if (value != null) {
            events.onResult(value);
        }
    }

    private void fail(RuntimeException error) {
        if (!finished) {
            finished = true;
            events.onError(error);
        }
        release(false);
    }

    private void release(boolean complete) {
        if (!closed) {
            closed = true;
            tracked.closed();
            if (complete && response instanceof GuardedAnswer) {
                ((GuardedAnswer) response).closeAfterRest();
            } else {
                response.close();
            }
        }
    }
}
