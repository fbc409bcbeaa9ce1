package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.resilience.ResilienceSettings;
import io.mistral4j.spi.TransportConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Durations too long for the JDK's arithmetic are cut to {@link Durations#MAX} wherever they are given. */
class DurationsTest {

    private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);

    @Test
    void theMaximumLeavesRoomForDeadlineArithmetic() {
        long deadline = System.nanoTime() + Durations.MAX.toNanos() + Durations.MAX.toNanos();
        assertThat(deadline).isPositive();
        assertThat(Instant.now().plus(Durations.MAX)).isAfter(Instant.now());
        assertThat(Durations.clamp(FOREVER)).isEqualTo(Durations.MAX);
        assertThat(Durations.clamp(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(Durations.clamp(null)).isNull();
    }

    @Test
    void clientTimeoutsAreCut() {
        ClientOptions options = MistralClient.builder().apiKey("sk-test").callTimeout(FOREVER).connectTimeout(FOREVER)
                .readTimeout(FOREVER).responseTimeout(FOREVER).streamIdleTimeout(FOREVER).options();

        assertThat(options.callTimeout()).isEqualTo(Durations.MAX);
        assertThat(options.transport().connectTimeout()).isEqualTo(Durations.MAX);
        assertThat(options.transport().readTimeout()).isEqualTo(Durations.MAX);
        assertThat(options.resilience().responseTimeout()).isEqualTo(Durations.MAX);
        assertThat(options.resilience().streamIdleTimeout()).isEqualTo(Durations.MAX);
        assertThat(System.nanoTime() + options.callTimeout().toNanos()).isPositive();
    }

    @Test
    void recordsBuiltDirectlyAreCutAndChecked() {
        assertThat(new TransportConfig(FOREVER, FOREVER, 1, null, null).readTimeout()).isEqualTo(Durations.MAX);
        assertThat(new ResilienceSettings(null, null, null, null, FOREVER, null).responseTimeout())
                .isEqualTo(Durations.MAX);
        assertThatThrownBy(() -> new TransportConfig(Duration.ofSeconds(-1), null, 1, null, null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("connectTimeout: ");
        assertThatThrownBy(() -> new ResilienceSettings(null, null, null, null, null, Duration.ZERO))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("streamIdleTimeout: ");
    }

    @Test
    void perCallAndAwaitTimeoutsAreCut() {
        assertThat(RequestOptions.builder().timeout(FOREVER).build().timeout()).contains(Durations.MAX);
        AwaitOptions<Object> await = AwaitOptions.builder().timeout(FOREVER).pollInterval(FOREVER).build();
        assertThat(await.timeout()).isEqualTo(Durations.MAX);
        assertThat(await.pollInterval()).isEqualTo(Durations.MAX);
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("timeout: ");
        assertThatThrownBy(() -> AwaitOptions.builder().timeout(Duration.ofSeconds(1)).pollInterval(null).build())
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("pollInterval: ");
    }
}
