package io.mistral4j.spi;

import io.mistral4j.Headers;
import java.io.InputStream;

/**
 * An answer whose body is read as it arrives. Closing it (or its body) before the end
 * releases the connection; it must be closed exactly once by whoever consumes it.
 */
public interface TransportResponse extends AutoCloseable {

    int statusCode();

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
}
