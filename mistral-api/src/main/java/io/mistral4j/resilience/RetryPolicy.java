package io.mistral4j.resilience;

import io.mistral4j.Durations;
import io.mistral4j.errors.ValidationException;
import java.time.Duration;

/**
 * When and how a failed call is tried again. A call that is safe to repeat (reads, deletes and
 * the stateless generation calls: chat, FIM, embeddings, moderation, classification, OCR,
 * agent completions) is retried on connection failures (timeouts included) and on the statuses
 * 408, 409, 429, 500, 502, 503 and 504, nothing else. A call that creates state (uploads,
 * creating jobs, agents and aliases, updates, cancels and starts) is retried only when the
 * server provably did not act on it: the connection could not be made, or the answer was 429;
 * {@code RequestOptions.retryStateCreating(true)} retries it like a read, except on 409, which
 * it never retries. The wait before attempt {@code n + 1} is
 * {@code initialBackoff * multiplier^(n-1)}, capped at {@code maxBackoff}, shortened by up to
 * {@code jitter} of itself at random; a server's {@code retry-after-ms} or {@code Retry-After}
 * (seconds or HTTP date) replaces it, and a server asking for more than {@code retryAfterCap}
 * ends the call at once with its typed error (for 429, a {@code RateLimitException} whose
 * {@code retryAfter()} tells the whole wait). No retry starts once {@code totalBudget} (or the
 * call's overall timeout, if shorter) would be exceeded. A streamed call is retried only until
 * its first event has reached the caller; a request body that cannot be re-read is never
 * retried. A call that fails after retries throws its last attempt's exception, whose
 * {@code attempts()} counts the attempts and whose suppressed exceptions are the earlier
 * failures.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param maxAttempts    attempts in all, the first included (1 = no retry)
 * @param initialBackoff wait before the second attempt
 * @param maxBackoff     longest computed wait
 * @param multiplier     growth of the wait per attempt
 * @param jitter         fraction of each wait taken off at random, from 0 (none) to 1
 * @param totalBudget    time from the first attempt after which no retry starts
 * @param retryAfterCap  longest server-requested wait that is honoured; a longer one ends the call
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
                          double jitter, Duration totalBudget, Duration retryAfterCap) {

    /**
     * Validates every setting, naming a bad one in a {@link ValidationException}, and cuts
     * durations to {@link io.mistral4j.Durations#MAX}: a policy that exists can be used.
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new ValidationException("retry.maxAttempts", "must be at least 1, was " + maxAttempts);
        }
        initialBackoff = Durations.requirePositive("retry.initialBackoff", initialBackoff);
        maxBackoff = Durations.requirePositive("retry.maxBackoff", maxBackoff);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new ValidationException("retry.maxBackoff", "must not be below retry.initialBackoff ("
                    + initialBackoff + "), was " + maxBackoff);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new ValidationException("retry.multiplier", "must be a finite number of at least 1, was "
                    + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new ValidationException("retry.jitter", "must be between 0 and 1, was " + jitter);
        }
        totalBudget = Durations.requirePositive("retry.totalBudget", totalBudget);
        retryAfterCap = Durations.requireNotNegative("retry.retryAfterCap", retryAfterCap);
    }

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy DISABLED = builder().maxAttempts(1).build();

    /** 3 attempts, 0.5 s doubling to at most 8 s, 20% jitter, 2 min budget, Retry-After up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, no retry. */
    public static RetryPolicy disabled() {
        return DISABLED;
    }

    /** A builder starting from the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether a failed call may be tried again: more than one attempt. */
    public boolean enabled() {
        return maxAttempts > 1;
    }

    /** A builder holding this policy's settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .multiplier(multiplier).jitter(jitter).totalBudget(totalBudget).retryAfterCap(retryAfterCap);
    }

    /**
     * Builds a {@link RetryPolicy}; unset settings keep the {@link RetryPolicy#defaults()}, and {@code
     * build()} validates.
     */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double multiplier = 2.0;
        private double jitter = 0.2;
        private Duration totalBudget = Duration.ofMinutes(2);
        private Duration retryAfterCap = Duration.ofSeconds(60);

        private Builder() {
        }

        /** Attempts in all, the first included, at least 1 (default 3; 1 turns retries off). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The wait before the second attempt, positive (default 500 ms). */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /** The longest computed wait, not below the initial backoff (default 8 s). */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /** How much the wait grows per attempt, finite and at least 1 (default 2). */
        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        /**
         * The fraction of each wait taken off at random, from 0 to 1 (default 0.2), so clients do not retry
         * in step.
         */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /** Time from the first attempt after which no retry starts, positive (default 2 min). */
        public Builder totalBudget(Duration totalBudget) {
            this.totalBudget = totalBudget;
            return this;
        }

        /**
         * The longest server-requested wait honoured, 0 or more (default 60 s); a longer {@code
         * Retry-After} ends the call at once.
         */
        public Builder retryAfterCap(Duration retryAfterCap) {
            this.retryAfterCap = retryAfterCap;
            return this;
        }

        /** Validates the settings; a bad one is named in the {@link ValidationException}. */
        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, totalBudget,
                    retryAfterCap);
        }
    }
}
