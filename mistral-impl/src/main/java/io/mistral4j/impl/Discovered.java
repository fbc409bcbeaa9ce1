package io.mistral4j.impl;

import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.RequestHeaderPropagator;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observers and header propagators registered with ServiceLoader (such as OpenTelemetry's),
 * which every client uses unless its builder was given one of the same class.
 *
 * @param observers   the discovered observers
 * @param propagators the discovered header propagators
 */
record Discovered(List<CallObserver> observers, List<RequestHeaderPropagator> propagators) {

    private static final Logger LOG = LoggerFactory.getLogger(Discovered.class);

    Discovered {
        observers = List.copyOf(observers);
        propagators = List.copyOf(propagators);
    }

    /** Nothing discovered: what tests build clients with. */
    static Discovered none() {
        return new Discovered(List.of(), List.of());
    }

    /** What ServiceLoader finds now; broken providers are skipped. */
    static Discovered load() {
        return new Discovered(load(CallObserver.class), load(RequestHeaderPropagator.class));
    }

    private static <T> List<T> load(Class<T> service) {
        List<T> found = new ArrayList<>();
        var iterator = ServiceLoader.load(service).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    return found;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("Skipping a broken {}: {}", service.getSimpleName(), e.getMessage());
            }
        }
    }
}
