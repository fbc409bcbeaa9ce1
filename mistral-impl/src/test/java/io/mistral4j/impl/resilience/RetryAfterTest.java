package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration CAP = Duration.ofSeconds(60);

    private static Headers headers(String... pairs) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            builder.add(pairs[i], pairs[i + 1]);
        }
        return builder.build();
    }

    @Test
    void readsMillisecondsFirstThenSecondsThenADate() {
        assertThat(RetryAfter.of(headers("retry-after-ms", "1500", "Retry-After", "9"), NOW, CAP)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.of(headers("Retry-After", "2.5"), NOW, CAP)).contains(Duration.ofMillis(2500));
        assertThat(RetryAfter.of(headers("Retry-After", "Tue, 01 Jan 2030 00:00:07 GMT"), NOW, CAP)).contains(Duration.ofSeconds(7));
    }

    @Test
    void clampsToZeroAndTheCap() {
        assertThat(RetryAfter.of(headers("Retry-After", "Mon, 31 Dec 2029 23:00:00 GMT"), NOW, CAP)).contains(Duration.ZERO);
        assertThat(RetryAfter.of(headers("Retry-After", "-3"), NOW, CAP)).contains(Duration.ZERO);
        assertThat(RetryAfter.of(headers("retry-after-ms", "600000"), NOW, CAP)).contains(CAP);
        assertThat(RetryAfter.of(headers("Retry-After", "120"), NOW, Duration.ZERO)).contains(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.of(headers(), NOW, CAP)).isEmpty();
        assertThat(RetryAfter.of(headers("Retry-After", "soon"), NOW, CAP)).isEmpty();
        assertThat(RetryAfter.of(headers("retry-after-ms", "NaN"), NOW, CAP)).isEmpty();
        assertThat(RetryAfter.of(headers("retry-after-ms", "x", "Retry-After", "3"), NOW, CAP)).contains(Duration.ofSeconds(3));
    }
}
