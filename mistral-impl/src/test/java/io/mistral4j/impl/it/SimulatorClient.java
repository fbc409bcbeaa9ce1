package io.mistral4j.impl.it;

import io.mistral4j.MistralClient;
import io.mistral4j.tck.simulator.MistralSimulator;

/** A simulator on a loopback port and a client pointed at it, for one test class. */
final class SimulatorClient implements AutoCloseable {

    static final String KEY = "sk-it-3f2e1d0c9b8a";

    final MistralSimulator simulator = MistralSimulator.builder().apiKey(KEY).start();
    final MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();

    @Override
    public void close() {
        client.close();
        simulator.close();
    }
}
