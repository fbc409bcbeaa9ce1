package io.mistral4j.impl.pipeline;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One link of the decorator chain between a service and the transport. Each concern (auth,
 * rate limits, circuit breaking, retries, observation) is one stage wrapping the next; the
 * chain is assembled once per client by {@link CallPipeline}.
 */
public interface CallStage {

    TransportResponse send(ApiCall call, TransportRequest request);

    CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request);
}
