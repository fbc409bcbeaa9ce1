package io.mistral4j.impl;

import io.mistral4j.ClientOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.TestAccess;
import io.mistral4j.impl.resilience.Timing;
import io.mistral4j.impl.transport.TransportSelector;

/** Clients whose decorators run on a given {@link Timing}, for deterministic resilience tests. */
public final class TestClients {

    private TestClients() {
    }

    public static MistralClient build(MistralClient.Builder builder, Timing timing) {
        ClientOptions options = TestAccess.options(builder);
        return new DefaultMistralClient(options, new TransportSelector().selectNamed(options), Discovered.none(), timing);
    }
}
