package io.mistral4j.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.resilience.RateLimitPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad settings fail at build(), naming the setting; none of them needs Redis. */
class RedisBudgetStoreSettingsTest {

    private static RedisBudgetStore.Builder valid() {
        return RedisBudgetStore.builder().uri("redis://127.0.0.1:1").workspace("acme");
    }

    @Test
    void anEmptyWorkspaceIsRefused() {
        assertThatThrownBy(() -> valid().workspace(" ").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("redis.workspace");
        assertThatThrownBy(() -> valid().workspace(null).build()).hasMessageContaining("redis.workspace");
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        for (double share : new double[] {-0.5, 0, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> valid().fallbackToLocalShare(share).build()).as("share %s", share)
                    .isInstanceOf(ValidationException.class).hasMessageContaining("redis.fallbackShare");
        }
        try (RedisBudgetStore store = valid().fallbackToLocalShare(1).build()) {
            assertThat(store.workspace()).isEqualTo("acme");
        }
    }

    @Test
    void aZeroLimitIsRefusedByThePolicy() {
        assertThatThrownBy(() -> RateLimitPolicy.builder().requestsPerSecond(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("rateLimit.requestsPerSecond");
        assertThatThrownBy(() -> RateLimitPolicy.builder().tokensPerMinute(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("rateLimit.tokensPerMinute");
    }

    @Test
    void redisMustBeNamedOnceAndTimeoutsMustBePositive() {
        assertThatThrownBy(() -> RedisBudgetStore.builder().workspace("acme").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("redis.uri");
        assertThatThrownBy(() -> valid().uri("http://user:secret@host").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("redis.uri")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> valid().timeout(Duration.ZERO).build()).hasMessageContaining("redis.timeout");
        assertThatThrownBy(() -> valid().recheckInterval(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("redis.recheckInterval");
    }

    @Test
    void theProviderStaysOffWithoutAUriAndChecksItsSettings() {
        assertThat(new RedisBudgetStoreProvider(Map.<String, String>of()::get).configured()).isEmpty();
        Map<String, String> noWorkspace = Map.of(RedisBudgetStoreProvider.URI, "redis://127.0.0.1:1");
        assertThatThrownBy(() -> new RedisBudgetStoreProvider(noWorkspace::get).configured())
                .isInstanceOf(ValidationException.class).hasMessageContaining("redis.workspace");
        Map<String, String> badShare = Map.of(RedisBudgetStoreProvider.URI, "redis://127.0.0.1:1",
                RedisBudgetStoreProvider.WORKSPACE, "acme", RedisBudgetStoreProvider.FALLBACK_SHARE, "half");
        assertThatThrownBy(() -> new RedisBudgetStoreProvider(badShare::get).configured())
                .isInstanceOf(ValidationException.class).hasMessageContaining(RedisBudgetStoreProvider.FALLBACK_SHARE);
    }
}
