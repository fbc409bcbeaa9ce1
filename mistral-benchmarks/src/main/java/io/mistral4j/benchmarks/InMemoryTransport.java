package io.mistral4j.benchmarks;

import io.mistral4j.Headers;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * A transport that answers every request at once with the same bytes from memory, so that a
 * benchmark measures the client's own work per call (building, sending through the decorator
 * chain, decoding, observing) and no network.
 */
public final class InMemoryTransport implements HttpTransport {

    private final int status;
    private final Headers headers;
    private final byte[] body;

    public InMemoryTransport(int status, String contentType, String body) {
        this.status = status;
        this.headers = Headers.builder().set("Content-Type", contentType).set("mistral-correlation-id", "bench")
                .build();
        this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        InputStream stream = new ByteArrayInputStream(body);
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
