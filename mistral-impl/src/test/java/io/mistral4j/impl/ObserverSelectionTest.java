package io.mistral4j.impl;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.RequestHeaderPropagator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An observer (or header propagator) added to the builder replaces discovered ones of its class, and only those. */
class ObserverSelectionTest {

    static final class Tracing implements CallObserver {
        @Override
        public CallListener onStart(ApiCall call) {
            return CallListener.NONE;
        }
    }

    static final class Logging implements CallObserver {
        @Override
        public CallListener onStart(ApiCall call) {
            return CallListener.NONE;
        }
    }

    @Test
    void anAddedObserverReplacesTheDiscoveredOneOfItsClass() {
        CallObserver discoveredTracing = new Tracing();
        CallObserver discoveredLogging = new Logging();
        CallObserver addedTracing = new Tracing();

        List<CallObserver> observers = ObserverSelection.combine(List.of(discoveredTracing, discoveredLogging),
                List.of(addedTracing));

        assertThat(observers).containsExactly(discoveredLogging, addedTracing);
    }

    @Test
    void withNothingAddedEveryDiscoveredObserverStays() {
        CallObserver tracing = new Tracing();
        CallObserver logging = new Logging();

        assertThat(ObserverSelection.combine(List.of(tracing, logging), List.of())).containsExactly(tracing, logging);
    }

    @Test
    void addedObserversAreAllKeptEvenOfOneClass() {
        CallObserver first = new Logging();
        CallObserver second = new Logging();

        assertThat(ObserverSelection.combine(List.of(new Logging()), List.of(first, second)))
                .containsExactly(first, second);
    }

    static final class TraceHeaders implements RequestHeaderPropagator {
        @Override
        public Headers headersFor(ApiCall call, List<CallListener> listeners) {
            return Headers.empty();
        }
    }

    @Test
    void anAddedHeaderPropagatorReplacesTheDiscoveredOneOfItsClass() {
        RequestHeaderPropagator discovered = new TraceHeaders();
        RequestHeaderPropagator other = (call, listeners) -> Headers.empty();
        RequestHeaderPropagator added = new TraceHeaders();

        assertThat(ObserverSelection.combine(List.of(discovered, other), List.of(added)))
                .containsExactly(other, added);
    }
}
