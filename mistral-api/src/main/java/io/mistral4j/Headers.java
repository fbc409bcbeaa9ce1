package io.mistral4j;

import io.mistral4j.errors.ValidationException;
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
 *
 * <p>Headers to send are checked as they are added, so that a bad one fails before anything
 * reaches the wire, with a {@link ValidationException} naming the header: a name must be an
 * RFC 9110 token (letters, digits and {@code !#$%&'*+-.^_`|~}); a value may hold visible
 * characters, spaces, horizontal tabs (which RFC 9110 allows inside a field value) and
 * ISO-8859-1 letters, but no other control character (0x00 to 0x1F, 0x7F: a NUL or a line
 * break would end or forge a header) and nothing beyond 0xFF (which no transport can encode).
 * Headers received from a server are taken as they come ({@link Builder#addReceived}).
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final Map<String, List<String>> values;

    private Headers(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** No headers (a shared instance). */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * Copies a multimap of headers as received, unchecked (see {@link Builder#addReceived});
     * null names (the JDK's status line entry) are skipped.
     */
    public static Headers of(Map<String, ? extends List<String>> map) {
        Builder builder = builder();
        map.forEach((name, list) -> {
            if (name != null) {
                list.forEach(value -> builder.addReceived(name, value));
            }
        });
        return builder.build();
    }

    /** An empty builder of headers to send. */
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

    /** The header names, sorted and compared case-insensitively. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Every header and its values, unmodifiable, with case-insensitive names. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    /** Whether there is no header at all. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A builder holding these headers (not checked again: they were when added). */
    public Builder toBuilder() {
        return builder().addAll(this);
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

    /**
     * {@code name} if it is a valid header name (an RFC 9110 token), else a
     * {@link ValidationException} naming {@code field}.
     */
    public static String checkName(String field, String name) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException(field, "a header name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                throw new ValidationException(field, "header name '" + printable(name) + "' has the character "
                        + describe(name.charAt(i)) + " at index " + i + "; only letters, digits and !#$%&'*+-.^_`|~ "
                        + "are allowed");
            }
        }
        return name;
    }

    /**
     * {@code value} if it can be sent as a header value (or a header parameter such as a content
     * type), else a {@link ValidationException} naming {@code field}. Horizontal tabs are
     * allowed; every other control character (0x00 to 0x1F, 0x7F) and every character beyond
     * 0xFF is refused. The message never shows the value, which may be a credential.
     */
    public static String checkValue(String field, String value) {
        checkText(field, value);
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF) {
                throw new ValidationException(field, "must not contain the character " + describe(value.charAt(i))
                        + " (found at index " + i + "): a header carries ISO-8859-1 characters only");
            }
        }
        return value;
    }

    /**
     * {@code value} if it holds no control character but horizontal tab, else a
     * {@link ValidationException} naming {@code field}: the check for text written into a
     * header in UTF-8, such as a multipart file name. The message never shows the value.
     */
    public static String checkText(String field, String value) {
        if (value == null) {
            throw new ValidationException(field, "must not be null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0x7F || (c < ' ' && c != '\t')) {
                throw new ValidationException(field, "must not contain the control character " + describe(c)
                        + " (found at index " + i + "); tab is the only one allowed");
            }
        }
        return value;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** The text with control characters shown as their code, safe to print. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < ' ' || c == 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * Builds {@link Headers}; names are case-insensitive, and values to send are checked as they are added.
     */
    public static final class Builder {
        private final TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {
        }

        /** Adds a value to send; a bad name or value is a {@link ValidationException} (see {@link Headers}). */
        public Builder add(String name, String value) {
            checkName("headers", name);
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(checkValue("headers[" + name + "]", value));
            return this;
        }

        /** Replaces the values of a header to send; checked like {@link #add}. */
        public Builder set(String name, String value) {
            checkName("headers", name);
            List<String> list = new ArrayList<>();
            list.add(checkValue("headers[" + name + "]", value));
            values.put(name, list);
            return this;
        }

        /**
         * Adds a header as a server sent it, unchecked: an odd byte in an answer's header must not
         * fail the answer. For transports; a null name or value is skipped.
         */
        public Builder addReceived(String name, String value) {
            if (name != null && value != null) {
                values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
            return this;
        }

        /**
         * Removes every value of the header (name compared case-insensitively); nothing happens when
         * absent.
         */
        public Builder remove(String name) {
            values.remove(name);
            return this;
        }

        /** Adds every value of {@code headers}, which were checked when they were built. */
        public Builder addAll(Headers headers) {
            headers.values.forEach((name, list) -> list.forEach(value -> addReceived(name, value)));
            return this;
        }

        /** An unmodifiable copy of the headers added so far; the builder can go on being used. */
        public Headers build() {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            return new Headers(copy);
        }
    }
}
