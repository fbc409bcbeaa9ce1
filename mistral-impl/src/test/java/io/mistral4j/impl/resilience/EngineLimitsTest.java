package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import io.mistral4j.errors.RateLimitExceededException;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RateLimitPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The extreme values a policy or a server can hand to Bucket4j and Resilience4j: each is
 * brought within what the engine accepts, so that none of their exceptions reaches a caller.
 */
class EngineLimitsTest {

    private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);
    private static final InMemoryBudgetStore MEMORY = new InMemoryBudgetStore();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final List<String> ABSURD = List.of("99999999999999999999", "-5", "1e30", "9223372036854775807",
            "-9223372036854775808", "0", "NaN", "", " 12 ");

    @Test
    void budgetsBeyondOneUnitANanosecondAreCapped() {
        Budget huge = new Budget("test", "test", true, Long.MAX_VALUE, Duration.ofMinutes(1), MEMORY, CLOCK);

        huge.take(1_000, Duration.ofSeconds(1), nanos -> { });
        huge.align(Long.MAX_VALUE, Long.MAX_VALUE);
        huge.correct(Long.MAX_VALUE);
        huge.correct(-Long.MAX_VALUE);

        assertThat(Budget.limited(Long.MAX_VALUE, Duration.ofSeconds(1))).isEqualTo(1_000_000_000L);
        assertThat(Budget.limited(-3, Duration.ofSeconds(1))).isEqualTo(1);
    }

    @Test
    void aCallWhoseDeadlineHasPassedTakesWithoutWaiting() {
        Budget budget = new Budget("test", "test", false, 1, Duration.ofMinutes(1), MEMORY, CLOCK);

        budget.take(1, Duration.ofMillis(-5), nanos -> { });

        assertThatThrownBy(() -> budget.take(1, Duration.ofMillis(-5), nanos -> { }))
                .isInstanceOf(RateLimitExceededException.class);
    }

    @Test
    void absurdRateLimitHeadersNeverFailAnAnswer() {
        Budgets budgets = new Budgets(RateLimitPolicy.builder().requestsPerSecond(10).tokensPerMinute(1_000).build(),
                MEMORY, CLOCK);
        for (String value : ABSURD) {
            Headers headers = Headers.builder()
                    .set("x-ratelimit-limit-req-minute", value).set("x-ratelimit-remaining-req-minute", value)
                    .set("x-ratelimit-limit-tokens-minute", value).set("x-ratelimit-remaining-tokens-minute", value)
                    .set("x-ratelimit-tokens-query-cost", value).build();

            assertThatCode(() -> budgets.settle(10, TokenCost.number(value), headers)).as(value)
                    .doesNotThrowAnyException();
            assertThatCode(() -> budgets.settle(10, OptionalLong.of(Long.MAX_VALUE), headers)).as(value)
                    .doesNotThrowAnyException();
        }
        assertThat(TokenCost.number("-5")).isEmpty();
        assertThat(TokenCost.number("1e30")).isEmpty();
        assertThat(TokenCost.number(" 12 ")).hasValue(12);
    }

    @Test
    void absurdRetryAfterValuesStayWithinTheCap() {
        Duration cap = Duration.ofSeconds(60);
        for (String value : List.of("1e300", "-1e300", "99999999999999999999", "-5", "NaN", "Infinity",
                "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT")) {
            for (String name : List.of("retry-after", "retry-after-ms")) {
                Headers headers = Headers.builder().set(name, value).build();

                RetryAfter.of(headers, java.time.Instant.now(), cap).ifPresent(wait ->
                        assertThat(wait).as(name + ": " + value).isBetween(Duration.ZERO, cap));
            }
        }
    }

    @Test
    void breakersAcceptEveryPolicyThatExists() {
        CircuitBreakerPolicy extreme = CircuitBreakerPolicy.builder().slidingWindowSize(
                CircuitBreakerPolicy.MAX_SLIDING_WINDOW_SIZE).minimumNumberOfCalls(Integer.MAX_VALUE)
                .permittedCallsInHalfOpenState(Integer.MAX_VALUE).slowCallDuration(FOREVER).waitInOpenState(FOREVER)
                .failureRateThreshold(0.001f).build();
        CircuitBreakerPolicy tiny = CircuitBreakerPolicy.builder().slidingWindowSize(1).minimumNumberOfCalls(1)
                .waitInOpenState(Duration.ofMillis(1)).slowCallDuration(Duration.ofNanos(1)).build();

        assertThatCode(() -> new Breaker("extreme", extreme, Clock.systemUTC())).doesNotThrowAnyException();
        assertThatCode(() -> new Breaker("tiny", tiny, Clock.systemUTC())).doesNotThrowAnyException();
    }
}
