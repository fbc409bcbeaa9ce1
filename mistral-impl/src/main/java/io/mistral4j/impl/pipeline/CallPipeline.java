package io.mistral4j.impl.pipeline;

import io.mistral4j.ClientOptions;
import io.mistral4j.impl.http.Redactor;
import io.mistral4j.spi.HttpTransport;

/**
 * Assembles the decorator chain once per client, outermost first:
 * (observation, retry, circuit breaker and rate limits go here as they are added) then
 * authentication, then the TRACE wire log of each attempt, then the transport.
 */
public final class CallPipeline {

    private CallPipeline() {
    }

    public static CallStage assemble(ClientOptions options, HttpTransport transport) {
        CallStage stage = new TransportStage(transport);
        stage = new WireLogStage(stage, Redactor.of(options));
        stage = new AuthStage(stage, options.authProvider(), options.baseUrl());
        return stage;
    }
}
