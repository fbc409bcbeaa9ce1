package io.mistral4j;

import java.util.Objects;

/**
 * Base of the "open" enumerations: values the server may extend (finish reasons, tool types,
 * prompt modes, ...). Each subclass exposes its known values as constants and accepts any
 * other string through its {@code of(String)} factory, so a value added by the API tomorrow
 * parses today and survives a round trip unchanged.
 */
public abstract class OpenEnum {

    private final String value;

    /** For subclasses: wraps the wire string, which must not be null. */
    protected OpenEnum(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The exact string used on the wire. */
    public final String value() {
        return value;
    }

    /** Whether this value is one of the constants this library version knows. */
    public abstract boolean isKnown();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
