package io.mistral4j;

import io.mistral4j.errors.ValidationException;
import java.time.Duration;

/**
 * Checks and bounds for the durations a client is configured with. A duration longer than
 * {@link #MAX} (ten years, forever for any call) is treated as {@code MAX}, so that deadline
 * arithmetic such as {@code System.nanoTime() + timeout.toNanos()} or {@code Instant.plus}
 * can never overflow, whatever the caller passes ({@code Duration.ofSeconds(Long.MAX_VALUE)}
 * included).
 */
public final class Durations {

    /** The longest duration honoured; longer ones are cut to it. */
    public static final Duration MAX = Duration.ofDays(3650);

    private Durations() {
    }

    /** {@code value} cut to {@link #MAX}; null and negative values are returned as they are. */
    public static Duration clamp(Duration value) {
        return value != null && value.compareTo(MAX) > 0 ? MAX : value;
    }

    /** {@code value} cut to {@link #MAX}; a null, zero or negative one is a {@link ValidationException} naming {@code field}. */
    public static Duration requirePositive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ValidationException(field, "must be a positive duration, was " + value);
        }
        return clamp(value);
    }

    /** {@code value} cut to {@link #MAX}; a null or negative one is a {@link ValidationException} naming {@code field}. */
    public static Duration requireNotNegative(String field, Duration value) {
        if (value == null || value.isNegative()) {
            throw new ValidationException(field, "must be zero or a positive duration, was " + value);
        }
        return clamp(value);
    }
}
