package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.ResilienceSettings;
import io.mistral4j.resilience.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resilience settings on the client builder and per call. */
class ResilienceSettingsBuilderTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    @Test
    void defaultsRetryAndBreakButSetNoBudgets() {
        ResilienceSettings settings = MistralClient.builder().apiKey(KEY).options().resilience();

        assertThat(settings.retry()).isEqualTo(RetryPolicy.defaults());
        assertThat(settings.circuitBreaker()).isEqualTo(CircuitBreakerPolicy.defaults());
        assertThat(settings.circuitBreakerGroups()).isEmpty();
        assertThat(settings.rateLimit().enabled()).isFalse();
        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void settingsReachTheOptions() {
        CircuitBreakerPolicy files = CircuitBreakerPolicy.builder().waitInOpenState(Duration.ofSeconds(5)).build();
        ResilienceSettings settings = MistralClient.builder().apiKey(KEY)
                .retry(RetryPolicy.disabled())
                .circuitBreaker(CircuitBreakerPolicy.disabled())
                .circuitBreaker(" files ", files)
                .rateLimit(RateLimitPolicy.builder().tokensPerMinute(500_000).build())
                .responseTimeout(Duration.ofSeconds(30))
                .streamIdleTimeout(Duration.ofSeconds(20))
                .options().resilience();

        assertThat(settings.retry().maxAttempts()).isEqualTo(1);
        assertThat(settings.circuitBreaker().enabled()).isFalse();
        assertThat(settings.circuitBreakerGroups()).containsEntry("files", files);
        assertThat(settings.rateLimit().tokensPerMinute()).isEqualTo(500_000);
        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void badSettingsFailAtBuildNamingTheSetting() {
        for (var bad : List.<java.util.function.Supplier<MistralClient.Builder>>of(
                () -> MistralClient.builder().apiKey(KEY).retry(null),
                () -> MistralClient.builder().apiKey(KEY).rateLimit(null),
                () -> MistralClient.builder().apiKey(KEY).responseTimeout(Duration.ZERO),
                () -> MistralClient.builder().apiKey(KEY).streamIdleTimeout(Duration.ofSeconds(-1)),
                () -> MistralClient.builder().apiKey(KEY).circuitBreaker("files", null))) {
            assertThatThrownBy(() -> bad.get().build()).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).responseTimeout(Duration.ZERO).build())
                .hasMessageStartingWith("responseTimeout: must be a positive duration");
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).retry(null).build())
                .hasMessageStartingWith("retry: must not be null");
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).circuitBreaker("files", null).build())
                .hasMessageStartingWith("circuitBreaker[files]: must not be null");
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).circuitBreaker(" ", CircuitBreakerPolicy.defaults()))
                .hasMessageStartingWith("circuitBreaker.endpointGroup");
    }

    @Test
    void requestOptionsCarryAttemptsQueryAndBodyFields() {
        RequestOptions options = RequestOptions.builder().maxAttempts(5).queryParameter("a", "1")
                .queryParameter("b", "2").bodyField("x", null).bodyField("y", List.of(1, 2)).build();

        assertThat(options.maxAttempts()).hasValue(5);
        assertThat(options.extraQueryParameters()).containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
        assertThat(options.extraBodyFields()).containsKeys("x", "y");
        assertThat(RequestOptions.none().maxAttempts()).isEmpty();
    }

    @Test
    void badRequestOptionsAreNamed() {
        assertThatThrownBy(() -> RequestOptions.builder().maxAttempts(0).build())
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("maxAttempts: must be at least 1");
        assertThatThrownBy(() -> RequestOptions.builder().bodyField(" ", 1))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("bodyField");
        assertThatThrownBy(() -> RequestOptions.builder().queryParameter("q", null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("queryParameter");
    }
}
