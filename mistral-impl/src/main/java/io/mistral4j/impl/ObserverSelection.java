package io.mistral4j.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which observers (or header propagators) a client uses: those found through ServiceLoader,
 * then those added to the builder. An added one replaces every discovered one of the same
 * class, so that an observer configured explicitly (e.g. OpenTelemetry with the application's
 * own instance) and the same observer found on the class path never both report a call.
 */
final class ObserverSelection {

    private static final Logger LOG = LoggerFactory.getLogger(ObserverSelection.class);

    private ObserverSelection() {
    }

    static <T> List<T> combine(List<? extends T> discovered, List<? extends T> added) {
        Set<Class<?>> addedClasses = new HashSet<>();
        for (T extension : added) {
            addedClasses.add(extension.getClass());
        }
        List<T> selected = new ArrayList<>(discovered.size() + added.size());
        for (T extension : discovered) {
            if (addedClasses.contains(extension.getClass())) {
                LOG.debug("{} found through ServiceLoader is replaced by the one added to the builder",
                        extension.getClass().getName());
            } else {
                selected.add(extension);
            }
        }
        selected.addAll(added);
        return selected;
    }
}
