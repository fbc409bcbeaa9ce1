package io.mistral4j.impl.resilience;

import io.mistral4j.Headers;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** An answer read whole into memory: its connection is already released. */
public final class BufferedResponse implements TransportResponse {

    private final int statusCode;
    private final Headers headers;
    private final byte[] bytes;
    private final InputStream body;

    public BufferedResponse(int statusCode, Headers headers, byte[] bytes) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.bytes = bytes;
        this.body = new ByteArrayInputStream(bytes);
    }

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

    /** The whole body; callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        // nothing held
    }
}
