package io.mistral4j.impl.read;

import io.mistral4j.Headers;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** An answer read whole into memory (an error answer: its first part only); its connection is already released. */
public final class BufferedResponse implements TransportResponse {

    private final int statusCode;
    private final Headers headers;
    private final byte[] bytes;
    private final boolean truncated;
    private final InputStream body;

    public BufferedResponse(int statusCode, Headers headers, byte[] bytes) {
        this(statusCode, headers, bytes, false);
    }

    /** @param truncated whether {@code bytes} are only the first part of a longer body */
    public BufferedResponse(int statusCode, Headers headers, byte[] bytes, boolean truncated) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.bytes = bytes;
        this.truncated = truncated;
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

    /** The whole body (or its first part); callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    /** Whether the body was longer than what was kept. */
    public boolean truncated() {
        return truncated;
    }

    /** The body as UTF-8 text, saying so when only its first part was kept. */
    public String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return truncated ? text + " [truncated: only the first " + bytes.length + " bytes were read]" : text;
    }

    @Override
    public void close() {
        // nothing held
    }
}
