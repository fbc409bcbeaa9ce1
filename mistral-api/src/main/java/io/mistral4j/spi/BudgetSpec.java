package io.mistral4j.spi;

import io.mistral4j.errors.ValidationException;
import java.time.Clock;
import java.time.Duration;

/**
 * One budget a client asks its {@link BudgetStore} for: {@code capacity} units that refill
 * greedily (bit by bit) over {@code period}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param key      a stable name of the budget within the client, e.g. {@code requests-per-second};
 *                 a shared store adds its own namespace (the workspace) in front
 * @param capacity the most units the bucket holds, at least 1
 * @param period   how long a full refill takes, positive
 * @param clock    the client's clock; stores that keep their own time may ignore it
 */
public record BudgetSpec(String key, long capacity, Duration period, Clock clock) {

    /** Request budgets are counted per request. */
    public static final String REQUESTS_PER_SECOND = "requests-per-second";
    /** The configured token budget. */
    public static final String TOKENS_PER_MINUTE = "tokens-per-minute";
    /** The request budget learnt from {@code x-ratelimit-limit-req-minute}. */
    public static final String SERVER_REQUESTS_PER_MINUTE = "server-requests-per-minute";
    /** The token budget learnt from {@code x-ratelimit-limit-tokens-minute}. */
    public static final String SERVER_TOKENS_PER_MINUTE = "server-tokens-per-minute";

    /** Validates every field, naming a bad one in a {@link ValidationException}. */
    public BudgetSpec {
        if (key == null || key.isBlank()) {
            throw new ValidationException("budget.key", "must not be empty");
        }
        if (capacity < 1) {
            throw new ValidationException("budget.capacity", "must be at least 1, was " + capacity);
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new ValidationException("budget.period", "must be positive, was " + period);
        }
        if (clock == null) {
            throw new ValidationException("budget.clock", "must not be null");
        }
    }
}
