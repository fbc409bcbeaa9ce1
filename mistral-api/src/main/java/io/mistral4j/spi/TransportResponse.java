package io.mistral4j.spi;

import io.mistral4j.Headers;
import java.io.InputStream;

/**
 * An answer whose body is read as it arrives. Closing it (or its body) before the end
 * releases the connection; it must be closed exactly once by whoever consumes it.
 */
public interface TransportResponse extends AutoCloseable {

    /** The HTTP status code of the answer, e.g. 200 or 429. */
    int statusCode();

    /** The answer's headers as received (unchecked), never null. */
    Headers headers();

    /**
     * The body stream, read as it arrives. A failed read throws an {@code IOException}; when the
     * read timeout passed without data, that exception's cause (or the exception thrown) is a
     * {@link io.mistral4j.errors.MistralTimeoutException} of kind {@code IDLE}, which the client
     * rethrows as is.
     */
    InputStream body();

    @Override
    void close();

    /**
     * The common case: a status, headers and a body stream whose {@code close()} releases the
     * connection. Closing the response closes the body.
     */
    static TransportResponse of(int statusCode, Headers headers, InputStream body) {
        return new TransportResponse() {
            @Override
            public int statusCode() {
                return statusCode;
            }

            @Override
            public Headers headers() {
                return headers;
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public void close() {
                try {
                    body.close();
                } catch (java.io.IOException ignored) {
                    // the connection is released or broken either way; nothing is left to do
                }
            }

            @Override
            public String toString() {
                return "TransportResponse{status=" + statusCode + '}';
            }
        };
    }
}
