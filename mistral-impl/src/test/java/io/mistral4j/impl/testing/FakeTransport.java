package io.mistral4j.impl.testing;

import io.mistral4j.Headers;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A transport that records requests and answers from a queue of canned responses. */
public final class FakeTransport implements HttpTransport {

    private final Deque<Canned> answers = new ArrayDeque<>();
    private final List<TransportRequest> requests = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private boolean closed;

    public FakeTransport answer(int status, String body, String... headerPairs) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.add(headerPairs[i], headerPairs[i + 1]);
        }
        answers.add(new Canned(status, headers.build(), body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) {
        requests.add(request);
        bodies.add(read(request.body()));
        Canned canned = answers.poll();
        if (canned == null) {
            throw new IllegalStateException("no canned answer left for " + request);
        }
        return new TransportResponse() {
            private final InputStream body = new ByteArrayInputStream(canned.body);

            @Override
            public int statusCode() {
                return canned.status;
            }

            @Override
            public Headers headers() {
                return canned.headers;
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return CompletableFuture.supplyAsync(() -> send(request));
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    public synchronized List<TransportRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized String body(int index) {
        return bodies.get(index);
    }

    private static String read(RequestBody body) {
        if (body == null) {
            return null;
        }
        try (InputStream in = body.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Canned {
        final int status;
        final Headers headers;
        final byte[] body;

        Canned(int status, Headers headers, byte[] body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }
    }
}
