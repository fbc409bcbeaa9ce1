package io.mistral4j.impl.transport.jdk;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Chooses, when an answer's headers arrive, how its body reaches the caller. A small answer that
 * is not a stream (its {@code Content-Length} at most {@link #MAX_BUFFERED_BYTES}, not
 * {@code text/event-stream}, not asked for as a stream) is received whole by a
 * {@link BufferedBody}, so that the caller wakes once for it instead of once for the headers and
 * again for each read; every other body streams, with back-pressure, as the JDK's
 * {@code ofInputStream()} hands it over.
 */
final class AnswerBodies implements HttpResponse.BodyHandler<InputStream> {

    /** Bodies up to this size are received whole: every JSON answer but the largest. */
    static final int MAX_BUFFERED_BYTES = 64 * 1024;

    private final boolean streaming;
    private final ExchangePermits.Permit permit;
    private final BodyDeadlines deadlines;
    private final long idleNanos;
    private final long dueNanos;

    /**
     * @param streaming whether the caller asked for a stream, which is never buffered
     * @param permit    released once a buffered body is in, or has failed
     * @param deadlines watches buffered bodies as they arrive
     * @param idleNanos the longest silence while a body is received
     * @param dueNanos  ({@link System#nanoTime()} time) when a buffered body must be in whole
     */
    AnswerBodies(boolean streaming, ExchangePermits.Permit permit, BodyDeadlines deadlines, long idleNanos, long dueNanos) {
        this.streaming = streaming;
        this.permit = permit;
        this.deadlines = deadlines;
        this.idleNanos = idleNanos;
        this.dueNanos = dueNanos;
    }

    @Override
    public HttpResponse.BodySubscriber<InputStream> apply(HttpResponse.ResponseInfo info) {
        int length = streaming ? -1 : bufferableLength(info);
        if (length < 0) {
            return HttpResponse.BodySubscribers.ofInputStream();
        }
        return new BufferedBody(length, permit, deadlines, idleNanos, dueNanos);
    }

    /** The declared length of a body small enough to be received whole, else -1. */
    static int bufferableLength(HttpResponse.ResponseInfo info) {
        String type = info.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/event-stream")) {
            return -1;
        }
        String declared = info.headers().firstValue("content-length").orElse(null);
        if (declared == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(declared.trim());
            return length >= 0 && length <= MAX_BUFFERED_BYTES ? (int) length : -1;
        } catch (NumberFormatException malformed) {
            return -1;   // the JDK refuses such an answer itself
        }
    }
}
