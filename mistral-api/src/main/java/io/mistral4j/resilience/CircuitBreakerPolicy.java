package io.mistral4j.resilience;

import io.mistral4j.Durations;
import io.mistral4j.errors.ValidationException;
import java.time.Duration;

/**
 * When calls stop being sent to a failing server. Over the last {@code slidingWindowSize}
 * attempts (once {@code minimumNumberOfCalls} were made), the breaker opens when the share of
 * failures reaches {@code failureRateThreshold} percent or the share of attempts slower than
 * {@code slowCallDuration} reaches {@code slowCallRateThreshold} percent. While open, calls fail
 * at once with {@link io.mistral4j.errors.CircuitOpenException}; after {@code waitInOpenState}
 * up to {@code permittedCallsInHalfOpenState} trial calls decide whether it closes again.
 * Failures are connection failures, timeouts and 5xx answers; 4xx answers (429 included) are
 * the caller's business and never count.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param enabled                       whether a breaker guards the calls at all
 * @param failureRateThreshold          percentage of failed attempts that opens the breaker
 * @param slowCallRateThreshold         percentage of slow attempts that opens the breaker
 * @param slowCallDuration              an attempt taking longer than this is slow (streams: to the first event)
 * @param slidingWindowSize             how many recent attempts are judged
 * @param minimumNumberOfCalls          attempts needed before any judgement
 * @param waitInOpenState               how long the breaker stays open before trial calls
 * @param permittedCallsInHalfOpenState trial calls let through after the wait
 */
public record CircuitBreakerPolicy(boolean enabled, float failureRateThreshold, float slowCallRateThreshold,
                                   Duration slowCallDuration, int slidingWindowSize, int minimumNumberOfCalls,
                                   Duration waitInOpenState, int permittedCallsInHalfOpenState) {

    /** The largest window: the breaker keeps one slot per attempt of its window. */
    public static final int MAX_SLIDING_WINDOW_SIZE = 10_000;

    /**
     * Validates every setting, naming a bad one in a {@link ValidationException}, and cuts
     * durations to {@link io.mistral4j.Durations#MAX}: a policy that exists can be used.
     */
    public CircuitBreakerPolicy {
        percentage("circuitBreaker.failureRateThreshold", failureRateThreshold);
        percentage("circuitBreaker.slowCallRateThreshold", slowCallRateThreshold);
        slowCallDuration = Durations.requirePositive("circuitBreaker.slowCallDuration", slowCallDuration);
        atLeastOne("circuitBreaker.slidingWindowSize", slidingWindowSize);
        if (slidingWindowSize > MAX_SLIDING_WINDOW_SIZE) {
            throw new ValidationException("circuitBreaker.slidingWindowSize", "must be at most "
                    + MAX_SLIDING_WINDOW_SIZE + ", was " + slidingWindowSize);
        }
        atLeastOne("circuitBreaker.minimumNumberOfCalls", minimumNumberOfCalls);
        waitInOpenState = Durations.requirePositive("circuitBreaker.waitInOpenState", waitInOpenState);
        if (waitInOpenState.compareTo(Duration.ofMillis(1)) < 0) {
            // the breaker counts this wait in whole milliseconds
            throw new ValidationException("circuitBreaker.waitInOpenState", "must be at least 1 ms, was "
                    + waitInOpenState);
        }
        atLeastOne("circuitBreaker.permittedCallsInHalfOpenState", permittedCallsInHalfOpenState);
    }

    private static final CircuitBreakerPolicy DEFAULTS = builder().build();
    private static final CircuitBreakerPolicy DISABLED = builder().enabled(false).build();

    /** Opens at 50% failures or 100% slow (over 60 s) among the last 50 attempts (at least 20), for 30 s. */
    public static CircuitBreakerPolicy defaults() {
        return DEFAULTS;
    }

    /** No breaker: every call is sent. */
    public static CircuitBreakerPolicy disabled() {
        return DISABLED;
    }

    /** A builder starting from the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder().enabled(enabled).failureRateThreshold(failureRateThreshold)
                .slowCallRateThreshold(slowCallRateThreshold).slowCallDuration(slowCallDuration)
                .slidingWindowSize(slidingWindowSize).minimumNumberOfCalls(minimumNumberOfCalls)
                .waitInOpenState(waitInOpenState).permittedCallsInHalfOpenState(permittedCallsInHalfOpenState);
    }

    /**
     * Builds a {@link CircuitBreakerPolicy}; unset settings keep the {@link
     * CircuitBreakerPolicy#defaults()}, and {@code build()} validates.
     */
    public static final class Builder {
        private boolean enabled = true;
        private float failureRateThreshold = 50;
        private float slowCallRateThreshold = 100;
        private Duration slowCallDuration = Duration.ofSeconds(60);
        private int slidingWindowSize = 50;
        private int minimumNumberOfCalls = 20;
        private Duration waitInOpenState = Duration.ofSeconds(30);
        private int permittedCallsInHalfOpenState = 3;

        private Builder() {
        }

        /** Whether a breaker guards the calls (default true); false sends every call. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * The percentage of failed attempts in the window that opens the breaker (above 0, at most 100;
         * default 50).
         */
        public Builder failureRateThreshold(float percent) {
            this.failureRateThreshold = percent;
            return this;
        }

        /**
         * The percentage of slow attempts in the window that opens the breaker (above 0, at most 100;
         * default 100).
         */
        public Builder slowCallRateThreshold(float percent) {
            this.slowCallRateThreshold = percent;
            return this;
        }

        /**
         * How long an attempt may take before it counts as slow, positive (default 60 s; a stream until its
         * first event).
         */
        public Builder slowCallDuration(Duration slowCallDuration) {
            this.slowCallDuration = slowCallDuration;
            return this;
        }

        /**
         * How many recent attempts are judged, 1 to {@value CircuitBreakerPolicy#MAX_SLIDING_WINDOW_SIZE}
         * (default 50).
         */
        public Builder slidingWindowSize(int calls) {
            this.slidingWindowSize = calls;
            return this;
        }

        /** Attempts needed before the breaker may open, at least 1 (default 20). */
        public Builder minimumNumberOfCalls(int calls) {
            this.minimumNumberOfCalls = calls;
            return this;
        }

        /**
         * How long the breaker stays open before letting trial calls through, at least 1 ms (default 30 s).
         */
        public Builder waitInOpenState(Duration waitInOpenState) {
            this.waitInOpenState = waitInOpenState;
            return this;
        }

        /**
         * Trial calls let through after the wait, whose outcome closes or reopens the breaker, at least 1
         * (default 3).
         */
        public Builder permittedCallsInHalfOpenState(int calls) {
            this.permittedCallsInHalfOpenState = calls;
            return this;
        }

        /** Validates the settings; a bad one is named in the {@link ValidationException}. */
        public CircuitBreakerPolicy build() {
            return new CircuitBreakerPolicy(enabled, failureRateThreshold, slowCallRateThreshold, slowCallDuration,
                    slidingWindowSize, minimumNumberOfCalls, waitInOpenState, permittedCallsInHalfOpenState);
        }
    }

    private static void percentage(String name, float value) {
        if (!(value > 0 && value <= 100)) {
            throw new ValidationException(name, "must be a percentage above 0 and at most 100, was " + value);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new ValidationException(name, "must be at least 1, was " + value);
        }
    }
}
