package io.mistral4j.impl.resilience;

import io.mistral4j.Headers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The wait a server asks for: {@code retry-after-ms} first, then {@code Retry-After} as
 * seconds or as an HTTP date (a date in the past is zero). Unparseable values are ignored.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait asked for, clamped to {@code [0, cap]}. */
    static Optional<Duration> of(Headers headers, Instant now, Duration cap) {
        return requested(headers, now).map(value -> value.compareTo(cap) > 0 ? cap : value);
    }

    /** The wait asked for, never negative, however long. */
    static Optional<Duration> requested(Headers headers, Instant now) {
        return millis(headers).or(() -> seconds(headers, now)).map(value -> value.isNegative() ? Duration.ZERO : value);
    }

    private static Optional<Duration> millis(Headers headers) {
        return headers.first("retry-after-ms").flatMap(text -> {
            try {
                double millis = Double.parseDouble(text.trim());
                return Double.isFinite(millis) ? Optional.of(Duration.ofNanos((long) (millis * 1_000_000)))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Duration> seconds(Headers headers, Instant now) {
        Optional<String> value = headers.first("retry-after");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().trim();
        try {
            double seconds = Double.parseDouble(text);
            return Double.isFinite(seconds) ? Optional.of(Duration.ofMillis((long) (seconds * 1000))) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(Duration.between(now, at));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
