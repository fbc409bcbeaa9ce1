package io.mistral4j.impl.pipeline;

import io.mistral4j.Headers;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The innermost stage: hands the request to the transport, once its headers are known to be
 * sendable. Headers are checked when added through {@link Headers.Builder}, but a provider may
 * hand over ones built unchecked ({@link Headers#of}); a control character must fail here, with
 * a {@link io.mistral4j.errors.ValidationException}, not hang or be rewritten by a transport.
 */
final class TransportStage implements CallStage {

    private final HttpTransport transport;

    TransportStage(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        return transport.send(checked(request));
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        try {
            checked(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.sendAsync(request);
    }

    private static TransportRequest checked(TransportRequest request) {
        for (Map.Entry<String, List<String>> header : request.headers().asMap().entrySet()) {
            Headers.checkName("headers", header.getKey());
            for (String value : header.getValue()) {
                Headers.checkValue("headers[" + header.getKey() + "]", value);
            }
        }
        return request;
    }
}
