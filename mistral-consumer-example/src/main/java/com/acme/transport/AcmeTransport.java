package com.acme.transport;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the exchanges it passes to another transport, for Acme's dashboards. */
public final class AcmeTransport implements HttpTransport {

    private final HttpTransport delegate;
    private final AtomicLong exchanges = new AtomicLong();

    AcmeTransport(HttpTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        exchanges.incrementAndGet();
        return delegate.send(request);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        exchanges.incrementAndGet();
        return delegate.sendAsync(request);
    }

    /** Exchanges started so far. */
    public long exchanges() {
        return exchanges.get();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
