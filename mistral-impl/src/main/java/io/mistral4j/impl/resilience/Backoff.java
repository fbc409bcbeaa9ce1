package io.mistral4j.impl.resilience;

import io.mistral4j.resilience.RetryPolicy;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the wait after failed attempt {@code n} is
 * {@code initialBackoff * multiplier^(n-1)}, capped at {@code maxBackoff}, less a random share
 * of up to {@code jitter} of itself (never more than the cap, so concurrent clients spread out).
 */
final class Backoff {

    private final RetryPolicy policy;
    private final DoubleSupplier random;

    Backoff(RetryPolicy policy, DoubleSupplier random) {
        this.policy = policy;
        this.random = random;
    }

    /** The wait after the {@code attempt}-th failure, from 1. */
    Duration after(int attempt) {
        double base = policy.initialBackoff().toNanos() * Math.pow(policy.multiplier(), Math.max(0, attempt - 1));
        double capped = Math.min(base, policy.maxBackoff().toNanos());
        double jittered = capped * (1.0 - policy.jitter() * random.getAsDouble());
        return Duration.ofNanos((long) jittered);
    }
}
