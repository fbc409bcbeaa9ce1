package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.resilience.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final RetryPolicy POLICY = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(700)).multiplier(2).jitter(0.5).build();

    @Test
    void growsExponentiallyUpToTheCap() {
        Backoff noJitter = new Backoff(POLICY, () -> 0.0);

        assertThat(noJitter.after(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(noJitter.after(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(noJitter.after(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(noJitter.after(4)).isEqualTo(Duration.ofMillis(700));
        assertThat(noJitter.after(40)).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void jitterTakesOffAtMostItsShare() {
        assertThat(new Backoff(POLICY, () -> 0.999_999).after(3).toMillis()).isEqualTo(200);
        assertThat(new Backoff(POLICY, () -> 0.5).after(3)).isEqualTo(Duration.ofMillis(300));
        assertThat(new Backoff(POLICY, () -> 0.5).after(10)).isEqualTo(Duration.ofMillis(525));
    }
}
