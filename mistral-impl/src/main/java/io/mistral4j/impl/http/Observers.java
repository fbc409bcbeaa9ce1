package io.mistral4j.impl.http;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All observers of a client: starts each call with every observer and gathers the listeners
 * they hand out into the call's {@link CallEvents}. An observer that throws is logged and
 * hears nothing more of the call. Keeps no state of its own about calls.
 */
public final class Observers {

    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);

    private final List<CallObserver> observers;

    public Observers(List<CallObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    /** Tells every observer that {@code call} starts; returns the call's listeners as one. */
    public CallEvents start(ApiCall call) {
        if (observers.isEmpty()) {
            return CallEvents.none();
        }
        List<CallListener> listeners = new ArrayList<>(observers.size());
        for (int i = 0; i < observers.size(); i++) {
            CallObserver observer = observers.get(i);
            CallListener listener;
            try {
                listener = observer.onStart(call);
            } catch (RuntimeException e) {
                LOG.warn("Call observer {} failed; ignored", observer.getClass().getName(), e);
                listener = null;
            }
            listeners.add(listener == null ? CallListener.NONE : listener);
        }
        return new CallEvents(listeners);
    }
}
