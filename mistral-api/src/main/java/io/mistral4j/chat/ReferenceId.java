package io.mistral4j.chat;

import io.mistral4j.errors.ValidationException;
import java.util.Objects;

/**
 * The id of a referenced source: the API sends a JSON integer or a JSON string. The value keeps
 * the text of either, and remembers which it was so that it is written back the same way.
 * Numeric ids stay usable as numbers through {@link #isNumeric()} and {@link #asLong()}.
 * Create ids with {@link #of(long)} and {@link #of(String)}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param value   the id as text, never null
 * @param numeric whether the id is (and is written as) a JSON integer
 */
public record ReferenceId(String value, boolean numeric) {

    /** Requires a value. */
    public ReferenceId {
        Objects.requireNonNull(value, "value");
        if (numeric && !isInteger(value)) {
            throw new ValidationException("referenceId", "is not an integer: " + value);
        }
    }

    /** A numeric id, written as a JSON integer. */
    public static ReferenceId of(long id) {
        return new ReferenceId(Long.toString(id), true);
    }

    /** A string id, written as a JSON string even when it looks like a number. */
    public static ReferenceId of(String id) {
        return new ReferenceId(id, false);
    }

    /** Whether the id came (or goes) as a JSON integer. */
    public boolean isNumeric() {
        return numeric;
    }

    /**
     * The id as a number.
     *
     * @throws IllegalStateException if the id is a string that is not a whole number
     */
    public long asLong() {
        if (!isInteger(value)) {
            throw new IllegalStateException("reference id is not a number: " + value);
        }
        return Long.parseLong(value);
    }

    private static boolean isInteger(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
