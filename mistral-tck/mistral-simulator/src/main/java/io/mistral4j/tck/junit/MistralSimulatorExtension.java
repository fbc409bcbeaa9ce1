package io.mistral4j.tck.junit;

import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;

import io.mistral4j.MistralClient;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that runs one simulator for a test class: started before the first test,
 * its request log cleared before each test, stopped after the last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MistralSimulatorExtension simulator = new MistralSimulatorExtension();
 *
 * @Test
 * void answers() {
 *     try (MistralClient client = simulator.newClient()) {
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class MistralSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** The key {@link #newClient()} uses; the simulator accepts it. */
    public static final String TEST_API_KEY = "sk-simulator-test-key";

    private final Consumer<MistralSimulator.Builder> configuration;
    private MistralSimulator simulator;

    /** A simulator on an ephemeral loopback port accepting any bearer key. */
    public MistralSimulatorExtension() {
        this(builder -> { });
    }

    /** A simulator configured further, e.g. {@code b -> b.chunkDelay(Duration.ofMillis(5))}. */
    public MistralSimulatorExtension(Consumer<MistralSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        MistralSimulator.Builder builder = MistralSimulator.builder();
        configuration.accept(builder);
        simulator = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator().clearRequests();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** The running simulator. */
    public MistralSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while the test class runs; register this "
                    + "extension on a static field with @RegisterExtension");
        }
        return simulator;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    public List<RecordedRequest> requests() {
        return simulator().requests();
    }

    /** A client pointed at the simulator (needs mistral-impl on the test class path); close it after use. */
    public MistralClient newClient() {
        return MistralClient.builder().apiKey(TEST_API_KEY).baseUrl(baseUrl()).build();
    }
}
