package io.mistral4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The policies' defaults and how bad settings are refused, each naming the setting. */
class ResiliencePoliciesTest {

    private static void refused(ThrowingCallable build, String setting, String problem) {
        assertThatThrownBy(build)
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(setting + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(setting));
    }

    @Test
    void retryDefaultsAreSane() {
        RetryPolicy defaults = RetryPolicy.defaults();

        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(defaults.totalBudget()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.retryAfterCap()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.enabled()).isTrue();
        assertThat(RetryPolicy.disabled().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.disabled().enabled()).isFalse();
    }

    @Test
    void badRetrySettingsAreNamed() {
        refused(() -> RetryPolicy.builder().maxAttempts(-1).build(), "retry.maxAttempts", "at least 1, was -1");
        refused(() -> RetryPolicy.builder().maxAttempts(0).build(), "retry.maxAttempts", "was 0");
        refused(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1)).build(),
                "retry.maxBackoff", "must not be below retry.initialBackoff");
        refused(() -> RetryPolicy.builder().totalBudget(Duration.ZERO).build(), "retry.totalBudget", "positive");
        refused(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)).build(), "retry.initialBackoff", "positive");
        refused(() -> RetryPolicy.builder().jitter(1.5).build(), "retry.jitter", "between 0 and 1");
        refused(() -> RetryPolicy.builder().multiplier(0.5).build(), "retry.multiplier", "at least 1");
        refused(() -> RetryPolicy.builder().retryAfterCap(Duration.ofSeconds(-1)).build(), "retry.retryAfterCap", "zero or");
    }

    @Test
    void badCircuitBreakerSettingsAreNamed() {
        refused(() -> CircuitBreakerPolicy.builder().failureRateThreshold(0).build(),
                "circuitBreaker.failureRateThreshold", "percentage");
        refused(() -> CircuitBreakerPolicy.builder().slowCallRateThreshold(101).build(),
                "circuitBreaker.slowCallRateThreshold", "at most 100");
        refused(() -> CircuitBreakerPolicy.builder().slidingWindowSize(0).build(), "circuitBreaker.slidingWindowSize", "at least 1");
        refused(() -> CircuitBreakerPolicy.builder().waitInOpenState(Duration.ZERO).build(),
                "circuitBreaker.waitInOpenState", "positive");
        refused(() -> CircuitBreakerPolicy.builder().slowCallDuration(null).build(), "circuitBreaker.slowCallDuration", "positive");
    }

    @Test
    void badRateLimitSettingsAreNamed() {
        refused(() -> RateLimitPolicy.builder().requestsPerSecond(0).build(), "rateLimit.requestsPerSecond", "at least 1, was 0");
        refused(() -> RateLimitPolicy.builder().tokensPerMinute(-5).build(), "rateLimit.tokensPerMinute", "was -5");
        refused(() -> RateLimitPolicy.builder().requestsPerSecond(5).maxWait(Duration.ofSeconds(-1)).build(),
                "rateLimit.maxWait", "zero or");
        refused(() -> RateLimitPolicy.builder().learnFromHeaders(false).build(), "rateLimit", "sets no budget");
    }

    @Test
    void rateLimitsAreOffByDefaultAndFailFastMeansNoWait() {
        assertThat(RateLimitPolicy.disabled().enabled()).isFalse();
        RateLimitPolicy policy = RateLimitPolicy.builder().requestsPerSecond(5).failFast().build();
        assertThat(policy.failsFast()).isTrue();
        assertThat(policy.requestsPerSecondIfSet()).hasValue(5);
        assertThat(policy.tokensPerMinuteIfSet()).isEmpty();
        assertThat(policy.learnFromHeaders()).isTrue();
    }

    @Test
    void endpointGroupsMatchAnOperationAndItsSubOperationsLongestFirst() {
        CircuitBreakerPolicy files = CircuitBreakerPolicy.builder().failureRateThreshold(80).build();
        CircuitBreakerPolicy jobs = CircuitBreakerPolicy.builder().failureRateThreshold(90).build();
        ResilienceSettings settings = new ResilienceSettings(null, null,
                Map.of("files", files, "fine_tuning.jobs", jobs, "fine_tuning", CircuitBreakerPolicy.disabled()),
                null, null, null);

        assertThat(settings.groupOf("files.upload")).isEqualTo("files");
        assertThat(settings.groupOf("files")).isEqualTo("files");
        assertThat(settings.groupOf("filesystem")).isNull();
        assertThat(settings.groupOf("fine_tuning.jobs.create")).isEqualTo("fine_tuning.jobs");
        assertThat(settings.groupOf("fine_tuning.models")).isEqualTo("fine_tuning");
        assertThat(settings.circuitBreakerFor("chat")).isEqualTo(CircuitBreakerPolicy.defaults());
        assertThat(settings.circuitBreakerFor("files.list")).isEqualTo(files);
    }

    @Test
    void policiesBuiltThroughTheirConstructorsAreCheckedToo() {
        Duration second = Duration.ofSeconds(1);
        refused(() -> new RetryPolicy(3, null, second, 2, 0.1, second, second), "retry.initialBackoff", "positive");
        refused(() -> new RetryPolicy(0, second, second, 2, 0.1, second, second), "retry.maxAttempts", "at least 1");
        refused(() -> new RetryPolicy(3, second, second, Double.NaN, 0.1, second, second), "retry.multiplier", "finite");
        refused(() -> new RetryPolicy(3, second, second, 2, 0.1, second, null), "retry.retryAfterCap", "zero or");
        refused(() -> new CircuitBreakerPolicy(true, 50, 100, null, 10, 5, second, 1),
                "circuitBreaker.slowCallDuration", "positive");
        refused(() -> new CircuitBreakerPolicy(true, Float.NaN, 100, second, 10, 5, second, 1),
                "circuitBreaker.failureRateThreshold", "percentage");
        refused(() -> new CircuitBreakerPolicy(true, 50, 100, second, 10, 0, second, 1),
                "circuitBreaker.minimumNumberOfCalls", "at least 1");
        refused(() -> new CircuitBreakerPolicy(false, 50, 100, second, 10, 5, second, -1),
                "circuitBreaker.permittedCallsInHalfOpenState", "at least 1");
        refused(() -> new RateLimitPolicy(true, -1, 0, second, true), "rateLimit.requestsPerSecond", "was -1");
        refused(() -> new RateLimitPolicy(true, 1, 0, null, true), "rateLimit.maxWait", "zero or");
    }

    @Test
    void limitsTheEnginesCannotHonourAreRefused() {
        refused(() -> CircuitBreakerPolicy.builder().slidingWindowSize(Integer.MAX_VALUE).build(),
                "circuitBreaker.slidingWindowSize", "at most 10000");
        refused(() -> CircuitBreakerPolicy.builder().waitInOpenState(Duration.ofNanos(10)).build(),
                "circuitBreaker.waitInOpenState", "at least 1 ms");
        refused(() -> RateLimitPolicy.builder().requestsPerSecond(Long.MAX_VALUE).build(),
                "rateLimit.requestsPerSecond", "between 1 and 1000000000");
        refused(() -> RateLimitPolicy.builder().tokensPerMinute(RateLimitPolicy.MAX_TOKENS_PER_MINUTE + 1).build(),
                "rateLimit.tokensPerMinute", "between 1 and");
        assertThat(RateLimitPolicy.builder().requestsPerSecond(RateLimitPolicy.MAX_REQUESTS_PER_SECOND)
                .tokensPerMinute(RateLimitPolicy.MAX_TOKENS_PER_MINUTE).build().enabled()).isTrue();
    }

    @Test
    void hugeDurationsAreCutToTheMaximum() {
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
        RetryPolicy retry = RetryPolicy.builder().initialBackoff(forever).maxBackoff(forever).totalBudget(forever)
                .retryAfterCap(forever).build();
        CircuitBreakerPolicy breaker = CircuitBreakerPolicy.builder().slowCallDuration(forever)
                .waitInOpenState(forever).build();
        RateLimitPolicy rateLimit = RateLimitPolicy.builder().requestsPerSecond(1).maxWait(forever).build();

        assertThat(List.of(retry.initialBackoff(), retry.maxBackoff(), retry.totalBudget(), retry.retryAfterCap(),
                breaker.slowCallDuration(), breaker.waitInOpenState(), rateLimit.maxWait()))
                .containsOnly(Durations.MAX);
        assertThat(retry.toBuilder().build()).isEqualTo(retry);
    }

    @Test
    void settingsFillMissingGroupPoliciesAndRefuseBlankGroups() {
        java.util.HashMap<String, CircuitBreakerPolicy> groups = new java.util.HashMap<>();
        groups.put("files", null);
        assertThat(new ResilienceSettings(null, null, groups, null, null, null).circuitBreakerFor("files"))
                .isEqualTo(CircuitBreakerPolicy.defaults());
        refused(() -> new ResilienceSettings(null, null, Map.of(" ", CircuitBreakerPolicy.defaults()), null, null,
                null), "circuitBreaker.endpointGroup", "blank");
    }
}
