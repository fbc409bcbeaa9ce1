package io.mistral4j.impl;

import io.mistral4j.spi.CallObserver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which observers a client reports to: those found through ServiceLoader, then those added to
 * the builder. An added observer replaces every discovered one of the same class, so that an
 * observer configured explicitly (e.g. OpenTelemetry with the application's own instance) and
 * the same observer found on the class path never both report a call.
 */
final class ObserverSelection {

    private static final Logger LOG = LoggerFactory.getLogger(ObserverSelection.class);

    private ObserverSelection() {
    }

    static List<CallObserver> combine(List<CallObserver> discovered, List<CallObserver> added) {
        Set<Class<?>> addedClasses = new HashSet<>();
        for (CallObserver observer : added) {
            addedClasses.add(observer.getClass());
        }
        List<CallObserver> observers = new ArrayList<>(discovered.size() + added.size());
        for (CallObserver observer : discovered) {
            if (addedClasses.contains(observer.getClass())) {
                LOG.debug("Call observer {} found through ServiceLoader is replaced by the one added to the builder",
                        observer.getClass().getName());
            } else {
                observers.add(observer);
            }
        }
        observers.addAll(added);
        return observers;
    }
}
