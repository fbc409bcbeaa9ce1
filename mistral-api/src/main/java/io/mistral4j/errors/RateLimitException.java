package io.mistral4j.errors;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** 429 Too Many Requests: a rate or token budget of the key is spent. */
public class RateLimitException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public RateLimitException(ServiceError failure) {
        super(failure);
    }

    /**
     * How long the server asked us to wait, from {@code retry-after-ms}, else {@code Retry-After}
     * in seconds or as an HTTP date (relative to now; a past date is zero).
     */
    public Optional<Duration> retryAfter() {
        return retryAfter(Instant.now());
    }

    Optional<Duration> retryAfter(Instant now) {
        Double millis = headers().first("retry-after-ms").map(RateLimitException::finiteNumber).orElse(null);
        if (millis != null) {
            return Optional.of(Duration.ofMillis(Math.max(0, millis.longValue())));
        }
        Optional<String> value = headers().first("retry-after");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().trim();
        Double seconds = finiteNumber(text);
        if (seconds != null) {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (seconds * 1000))));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    /** The number in {@code text}, or null when it is not a finite number ("NaN" and "Infinity" are not). */
    private static Double finiteNumber(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }
}
