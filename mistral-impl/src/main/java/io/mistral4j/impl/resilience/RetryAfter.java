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
 * seconds or as an HTTP date, clamped to {@code [0, cap]} (a date in the past is zero).
 * Unparseable values are ignored.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Optional<Duration> of(Headers headers, Instant now, Duration cap) {
        Optional<Duration> wait = millis(headers).or(() -> seconds(headers, now));
        return wait.map(value -> clamp(value, cap));
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

    private static Duration clamp(Duration wait, Duration cap) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
