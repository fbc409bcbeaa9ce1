package io.mistral4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable HTTP headers with case-insensitive names and repeated values kept in order.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final Map<String, List<String>> values;

    private Headers(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Copies a multimap of headers; null names (the JDK's status line entry) are skipped. */
    public static Headers of(Map<String, ? extends List<String>> map) {
        Builder builder = builder();
        map.forEach((name, list) -> {
            if (name != null) {
                list.forEach(value -> builder.add(name, value));
            }
        });
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The first value of the header, if present. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every value of the header in the order received; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Builder toBuilder() {
        Builder builder = builder();
        values.forEach((name, list) -> list.forEach(value -> builder.add(name, value)));
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers && ((Headers) other).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Names and values, with credentials masked so that headers can be logged safely. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Headers{");
        values.forEach((name, list) -> {
            if (out.length() > 8) {
                out.append(", ");
            }
            out.append(name).append('=').append(isSensitive(name) ? "[redacted]" : String.join(",", list));
        });
        return out.append('}').toString();
    }

    /** Headers whose values must never be printed. */
    public static boolean isSensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("authorization") || lower.equals("proxy-authorization") || lower.contains("api-key")
                || lower.equals("cookie") || lower.equals("set-cookie");
    }

    public static final class Builder {
        private final TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {
        }

        public Builder add(String name, String value) {
            requireToken(name);
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(requireValue(name, value));
            return this;
        }

        public Builder set(String name, String value) {
            requireToken(name);
            List<String> list = new ArrayList<>();
            list.add(requireValue(name, value));
            values.put(name, list);
            return this;
        }

        public Builder remove(String name) {
            values.remove(name);
            return this;
        }

        public Builder addAll(Headers headers) {
            headers.values.forEach((name, list) -> list.forEach(value -> add(name, value)));
            return this;
        }

        public Headers build() {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            return new Headers(copy);
        }

        private static void requireToken(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("header name must not be blank");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c >= 127 || c == ':') {
                    throw new IllegalArgumentException("header name '" + name + "' has an illegal character at " + i);
                }
            }
        }

        private static String requireValue(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException("header '" + name + "' has a null value");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header '" + name + "' contains a line break");
            }
            return value;
        }
    }
}
