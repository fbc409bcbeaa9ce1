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

    GuardedAnswer(TransportResponse original, InputStream body, long maxEventBytes) {
        this.original = original;
        this.body = body;
        this.maxEventBytes = maxEventBytes;
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
