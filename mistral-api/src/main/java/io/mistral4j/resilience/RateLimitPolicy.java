package io.mistral4j.resilience;

import io.mistral4j.Durations;
import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Client-side budgets that keep a client under its key's limits instead of learning them from
 * 429 answers: requests per second and tokens per minute. Every attempt spends one request and
 * its estimated tokens (request characters / 4 + {@code max_tokens}), corrected once the answer
 * says what the call cost ({@code x-ratelimit-tokens-query-cost} or the body's {@code usage}).
 * When {@code learnFromHeaders} is on, the server's {@code x-ratelimit-limit-*} and
 * {@code x-ratelimit-remaining-*} headers (per minute, requests and tokens) become budgets too,
 * and the local ones never believe in more than the server reports. A call over budget waits
 * for it up to {@code maxWait}; with {@code maxWait} zero it fails at once with
 * {@link io.mistral4j.errors.RateLimitExceededException}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param enabled           whether budgets apply at all
 * @param requestsPerSecond requests per second, or 0 for no local request budget
 * @param tokensPerMinute   tokens per minute, or 0 for no local token budget
 * @param maxWait           longest wait for budget; zero fails fast
 * @param learnFromHeaders  whether the server's rate-limit headers tighten the budgets
 */
public record RateLimitPolicy(boolean enabled, long requestsPerSecond, long tokensPerMinute, Duration maxWait,
                              boolean learnFromHeaders) {

    /** The most requests per second a budget can refill (one a nanosecond). */
    public static final long MAX_REQUESTS_PER_SECOND = 1_000_000_000L;
    /** The most tokens per minute a budget can refill (one a nanosecond). */
    public static final long MAX_TOKENS_PER_MINUTE = 60_000_000_000L;

    /**
     * Validates every setting, naming a bad one in a {@link ValidationException}, and cuts
     * {@code maxWait} to {@link io.mistral4j.Durations#MAX}: a policy that exists can be used.
     */
    public RateLimitPolicy {
        within("rateLimit.requestsPerSecond", requestsPerSecond, MAX_REQUESTS_PER_SECOND);
        within("rateLimit.tokensPerMinute", tokensPerMinute, MAX_TOKENS_PER_MINUTE);
        maxWait = Durations.requireNotNegative("rateLimit.maxWait", maxWait);
    }

    private static void within(String name, long value, long max) {
        if (value < 0 || value > max) {
            throw new ValidationException(name, "must be between 1 and " + max + " (or 0 for none), was " + value);
        }
    }

    private static final RateLimitPolicy DISABLED = new RateLimitPolicy(false, 0, 0, Duration.ZERO, false);

    /** No budgets (the default): the server's 429 answers and the retry policy do the pacing. */
    public static RateLimitPolicy disabled() {
        return DISABLED;
    }

    /** A builder with no budget set, a 30 s wait and learning from headers on. */
    public static Builder builder() {
        return new Builder();
    }

    /** The local request budget per second, empty when none is set. */
    public OptionalLong requestsPerSecondIfSet() {
        return requestsPerSecond > 0 ? OptionalLong.of(requestsPerSecond) : OptionalLong.empty();
    }

    /** The local token budget per minute, empty when none is set. */
    public OptionalLong tokensPerMinuteIfSet() {
        return tokensPerMinute > 0 ? OptionalLong.of(tokensPerMinute) : OptionalLong.empty();
    }

    /** Whether a call over budget fails at once instead of waiting ({@code maxWait} is zero). */
    public boolean failsFast() {
        return maxWait.isZero();
    }

    /** Starts with no budget set, a 30 s wait and learning from headers on. */
    public static final class Builder {
        private Long requestsPerSecond;
        private Long tokensPerMinute;
        private Duration maxWait = Duration.ofSeconds(30);
        private boolean learnFromHeaders = true;

        private Builder() {
        }

        /**
         * Requests per second this client sends at most, 1 to {@value
         * RateLimitPolicy#MAX_REQUESTS_PER_SECOND}; unset for no local request budget.
         */
        public Builder requestsPerSecond(long requests) {
            this.requestsPerSecond = requests;
            return this;
        }

        /**
         * Tokens per minute (estimated, then corrected from the answers) this client spends at most, 1 to
         * {@value RateLimitPolicy#MAX_TOKENS_PER_MINUTE}; unset for no local token budget.
         */
        public Builder tokensPerMinute(long tokens) {
            this.tokensPerMinute = tokens;
            return this;
        }

        /** Waits for budget at most this long, then fails with {@code RateLimitExceededException}. */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = maxWait;
            return this;
        }

        /** Never waits: a call over budget fails at once. */
        public Builder failFast() {
            return maxWait(Duration.ZERO);
        }

        /**
         * Whether the server's {@code x-ratelimit-*} headers become budgets too and cap the local ones
         * (default true).
         */
        public Builder learnFromHeaders(boolean learn) {
            this.learnFromHeaders = learn;
            return this;
        }

        /** Validates the settings; a bad one is named in the {@link ValidationException}. */
        public RateLimitPolicy build() {
            if (requestsPerSecond != null && requestsPerSecond < 1) {
                throw new ValidationException("rateLimit.requestsPerSecond", "must be at least 1, was "
                        + requestsPerSecond);
            }
            if (tokensPerMinute != null && tokensPerMinute < 1) {
                throw new ValidationException("rateLimit.tokensPerMinute", "must be at least 1, was "
                        + tokensPerMinute);
            }
            if (requestsPerSecond == null && tokensPerMinute == null && !learnFromHeaders) {
                throw new ValidationException("rateLimit", "sets no budget: give requestsPerSecond, tokensPerMinute "
                        + "or learnFromHeaders(true), or use RateLimitPolicy.disabled()");
            }
            return new RateLimitPolicy(true, requestsPerSecond == null ? 0 : requestsPerSecond,
                    tokensPerMinute == null ? 0 : tokensPerMinute, maxWait, learnFromHeaders);
        }
    }
}
