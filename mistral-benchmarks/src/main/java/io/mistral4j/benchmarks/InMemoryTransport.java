package io.mistral4j.benchmarks;

import io.mistral4j.Headers;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A transport that answers every request at once with the same bytes from memory, so that a
 * benchmark measures the client's own work per call (building, sending through the decorator
 * chain, decoding, observing) and no network.
 */
public final class InMemoryTransport implements HttpTransport {

    private final int status;
    private final Headers headers;
    private final Supplier<InputStream> body;

    public InMemoryTransport(int status, String contentType, String body) {
        this(status, contentType, bytes(body));
    }

    /** @param body a fresh body for each call, e.g. one that hands out a few events per read */
    public InMemoryTransport(int status, String contentType, Supplier<InputStream> body) {
        this.status = status;
        this.headers = Headers.builder().set("Content-Type", contentType).set("mistral-correlation-id", "bench")
                .build();
        this.body = body;
    }

    private static Supplier<InputStream> bytes(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return () -> new ByteArrayInputStream(bytes);
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        InputStream stream = body.get();
        return new TransportResponse() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public Headers headers() {
                return headers;
            }

            @Override
            public InputStream body() {
                return stream;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return CompletableFuture.completedFuture(send(request));
    }

    @Override
    public void close() {
    }
}
