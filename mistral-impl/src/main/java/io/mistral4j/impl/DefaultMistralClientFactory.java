package io.mistral4j.impl;

import io.mistral4j.ClientOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.impl.transport.TransportSelector;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.MistralClientFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registered with {@link ServiceLoader}: how {@code MistralClient.builder()} reaches this module. */
public final class DefaultMistralClientFactory implements MistralClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultMistralClientFactory.class);

    @Override
    public MistralClient create(ClientOptions options) {
        return new DefaultMistralClient(options, new TransportSelector().selectNamed(options), discoverObservers());
    }

    /** Observers registered with ServiceLoader (such as OpenTelemetry's); broken ones are skipped. */
    private static List<CallObserver> discoverObservers() {
        List<CallObserver> observers = new ArrayList<>();
        var iterator = ServiceLoader.load(CallObserver.class).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    return observers;
                }
                observers.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("Skipping a broken call observer: {}", e.getMessage());
            }
        }
    }
}
