package io.mistral4j.connectors;

import io.mistral4j.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the connector types print secrets: never, only whether one is set. */
final class Secrets {

    private Secrets() {
    }

    /** {@link Redaction#MASK} for a value that is set, null otherwise. */
    static String mask(Object secret) {
        return secret == null ? null : Redaction.MASK;
    }

    /** The keys of {@code values} with every value masked; null stays null. */
    static Map<String, String> maskValues(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        Map<String, String> masked = new LinkedHashMap<>();
        values.keySet().forEach(key -> masked.put(key, Redaction.MASK));
        return masked;
    }

    /** An immutable copy keeping the order, or null. */
    static <V> Map<String, V> copy(Map<String, V> values) {
        return values == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
