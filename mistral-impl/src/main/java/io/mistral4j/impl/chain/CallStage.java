package io.mistral4j.impl.chain;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One link of the decorator chain between a service and the transport. Each concern (auth,
 * rate limits, circuit breaking, retries, timeouts) is one stage wrapping the next; the chain
 * is assembled once per client by {@link CallPipeline}. Between the deadline and the attempt
 * timeout stages, a request's {@code responseTimeout} is the time left in the whole call: each
 * stage keeps its waits within it, and the attempt timeout stage narrows it to the attempt's.
 */
public interface CallStage {

    TransportResponse send(ApiCall call, TransportRequest request);

    CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request);

    /**
     * Like {@link #send(ApiCall, TransportRequest)}, telling the call's {@code listener} what
     * this stage sees of the call's attempts. The executor calls the outermost stage so; a
     * stage that sees no attempts (all but the retry stage) ignores the listener.
     */
    default TransportResponse send(ApiCall call, TransportRequest request, CallListener listener) {
        return send(call, request);
    }

    /** Like {@link #send(ApiCall, TransportRequest, CallListener)} without blocking the caller. */
    default CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request,
                                                           CallListener listener) {
        return sendAsync(call, request);
    }
}
