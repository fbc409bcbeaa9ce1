package io.mistral4j.impl.read;

import io.mistral4j.Headers;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * An answer handed on unread (a stream after its first event, or a download) whose body is read
 * through the client's guards; closing it closes the guards and releases the connection.
 */
public final class GuardedAnswer implements TransportResponse {

    private final TransportResponse original;
    private final InputStream body;
    private final long maxEventBytes;
    private final RestOfBody rest;
    private final EventIdleGuard idleGuard;

    /**
     * @param rest      reads the end of the body before {@link #closeAfterRest()} closes it; null: nothing to read
     * @param idleGuard the stream's idle guard, told of each event; null when the answer is not a stream
     */
    GuardedAnswer(TransportResponse original, InputStream body, long maxEventBytes, RestOfBody rest,
                  EventIdleGuard idleGuard) {
        this.original = original;
        this.body = body;
        this.maxEventBytes = maxEventBytes;
        this.rest = rest;
        this.idleGuard = idleGuard;
    }

    /**
     * The reader of a stream has parsed an event that carries data: the stream is not idle. The
     * parser knows where events end, so it says so rather than the guard scanning the bytes again;
     * a reader of a stream's body that never calls this sees the stream found idle after the idle
     * timeout of waiting in all. Called on the reading thread.
     */
    public void eventArrived() {
        if (idleGuard != null) {
            idleGuard.eventArrived();
        }
    }

    /** The largest line or event the stream's parser may hold. */
    public long maxEventBytes() {
        return maxEventBytes;
    }

    @Override
    public int statusCode() {
        return original.statusCode();
    }

    @Override
    public Headers headers() {
        return original.headers();
    }

    @Override
    public InputStream body() {
        return body;
    }

    /**
     * Closes an answer whose content is complete (a stream after {@code [DONE]}) once the rest of
     * its body is read, so that the transport can keep the connection: at most 64 KiB, waiting
     * at most 100 ms and never past the call's deadline. A body that does not end within that is closed as {@link #close()} does.
     */
    public void closeAfterRest() {
        if (rest != null) {
            rest.readToEnd(body);
        }
        close();
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // the original is closed below either way
        }
        original.close();
    }
}
