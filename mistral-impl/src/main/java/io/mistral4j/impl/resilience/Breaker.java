package io.mistral4j.impl.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.mistral4j.errors.CircuitOpenException;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * One Resilience4j {@link CircuitBreaker} with what its callers need on top: the time it will
 * half-open and why it opened, for {@link CircuitOpenException}, and the rule that only server
 * failures count (connection failures, timeouts, 5xx), never 4xx answers.
 */
final class Breaker {

    private final String name;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private volatile Instant halfOpenAt = Instant.MIN;
    private volatile String openReason = "";

    Breaker(String name, CircuitBreakerPolicy policy, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.breaker = CircuitBreaker.of("mistral4j-" + name, CircuitBreakerConfig.custom()
                .failureRateThreshold(policy.failureRateThreshold())
                .slowCallRateThreshold(policy.slowCallRateThreshold())
                .slowCallDurationThreshold(policy.slowCallDuration())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.slidingWindowSize())
                .minimumNumberOfCalls(policy.minimumNumberOfCalls())
                .waitDurationInOpenState(policy.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(policy.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .clock(clock)
                .writableStackTraceEnabled(false)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                halfOpenAt = clock.instant().plus(policy.waitInOpenState());
                CircuitBreaker.Metrics metrics = breaker.getMetrics();
                openReason = String.format(Locale.ROOT, "failure rate %.1f%%, slow call rate %.1f%% over the last %d calls",
                        Math.max(0, metrics.getFailureRate()), Math.max(0, metrics.getSlowCallRate()),
                        metrics.getNumberOfBufferedCalls());
            }
        });
    }

    /** Takes a permission to call, or throws {@link CircuitOpenException}. Returns the start time stamp. */
    long acquire() {
        if (!breaker.tryAcquirePermission()) {
            throw new CircuitOpenException(name, halfOpenAt, clock.instant(), openReason);
        }
        return breaker.getCurrentTimestamp();
    }

    void onAnswer(long started, int status) {
        long duration = breaker.getCurrentTimestamp() - started;
        if (Failures.isServerFailure(status)) {
            breaker.onError(duration, breaker.getTimestampUnit(), new ServerFailure(status));
        } else {
            breaker.onSuccess(duration, breaker.getTimestampUnit());
        }
    }

    void onFailure(long started, Throwable error) {
        if (Failures.isServerFailure(error)) {
            breaker.onError(breaker.getCurrentTimestamp() - started, breaker.getTimestampUnit(), error);
        } else {
            // the call never reached the server (or was answered with a 4xx): not the server's failure
            breaker.releasePermission();
        }
    }

    /** What the breaker records for a 5xx answer. */
    private static final class ServerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerFailure(int status) {
            super("status " + status, null, false, false);
        }
    }
}
