package io.mistral4j.connectors;

import java.util.Objects;

/**
 * The value of a connector-wide header, sent with every credential. A secret value (the
 * default) is encrypted at rest by the server and never returned in clear; this record never
 * prints a value whatever its flag says.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param isSecret whether the value is a secret (null: the server's default, true)
 * @param value    the header's value
 */
public record GlobalHeader(Boolean isSecret, String value) {

    /** Requires the value. */
    public GlobalHeader {
        Objects.requireNonNull(value, "value");
    }

    /** A secret header value. */
    public static GlobalHeader secret(String value) {
        return new GlobalHeader(true, value);
    }

    /** A header value that is not a secret. */
    public static GlobalHeader plain(String value) {
        return new GlobalHeader(false, value);
    }

    @Override
    public String toString() {
        return "GlobalHeader[isSecret=" + isSecret + ", value=" + Secrets.mask(value) + ']';
    }
}
