package io.mistral4j.internal;

import io.mistral4j.errors.ValidationException;
import java.util.List;

/**
 * The field checks the API's builders share. Each throws a {@link ValidationException} naming
 * the field as the builder calls it; an unset (null) value passes, since it is not sent.
 */
public final class Require {

    private Require() {
    }

    /** {@code value} is set and not blank. */
    public static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
    }

    /** {@code value} is unset or a number from {@code min} to {@code max}, both included; NaN is refused. */
    public static void range(String field, Number value, double min, double max) {
        if (value == null) {
            return;
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || d < min || d > max) {
            throw new ValidationException(field, "must be between " + plain(min) + " and " + plain(max) + ", was "
                    + value);
        }
    }

    /** {@code value} is unset or at least {@code min}. */
    public static void atLeast(String field, Number value, long min) {
        if (value != null && value.longValue() < min) {
            throw new ValidationException(field, "must be " + min + " or more, was " + value);
        }
    }

    /** {@code values} is unset or holds no null; the index of the first null is named. */
    public static void noNulls(String field, List<?> values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new ValidationException(field + "[" + i + "]", "must not be null");
            }
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
