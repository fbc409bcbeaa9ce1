package io.mistral4j.impl.pipeline;

import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.util.concurrent.CompletableFuture;

/** The innermost stage: hands the request to the transport. */
final class TransportStage implements CallStage {

    private final HttpTransport transport;

    TransportStage(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        return transport.send(request);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        return transport.sendAsync(request);
    }
}
