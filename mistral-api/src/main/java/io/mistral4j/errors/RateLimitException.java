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
        Optional<String> millis = headers().first("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.get().trim()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        Optional<String> value = headers().first("retry-after");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().trim();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(text) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
