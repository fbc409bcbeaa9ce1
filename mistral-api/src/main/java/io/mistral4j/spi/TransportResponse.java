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

    /** The body stream; reading past a missed read deadline throws an {@code IOException}. */
    InputStream body();

    @Override
    void close();
}
