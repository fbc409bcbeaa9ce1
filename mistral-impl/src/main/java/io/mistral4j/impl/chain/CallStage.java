package io.mistral4j.impl.chain;

import io.mistral4j.spi.ApiCall;
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
}
