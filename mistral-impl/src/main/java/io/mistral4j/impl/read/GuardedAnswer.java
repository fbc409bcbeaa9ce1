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

    /** @param rest reads the end of the body before {@link #closeAfterRest()} closes it; null: nothing to read */
    GuardedAnswer(TransportResponse original, InputStream body, long maxEventBytes, RestOfBody rest) {
        this.original = original;
        this.body = body;
        this.maxEventBytes = maxEventBytes;
        this.rest = rest;
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
