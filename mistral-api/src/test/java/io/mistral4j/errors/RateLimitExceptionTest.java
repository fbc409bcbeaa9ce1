package io.mistral4j.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitExceptionTest {

    /** 2015-10-21T07:28:00Z is "Wed, 21 Oct 2015 07:28:00 GMT". */
    private static final Instant NOW = Instant.parse("2015-10-21T07:27:30Z");

    private static RateLimitException withHeaders(String... namesAndValues) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new RateLimitException(new ServiceError(429, headers.build(),
                "{\"message\":\"Requests rate limit exceeded\"}", null, null, "POST /v1/chat/completions"));
    }

    private static Optional<Duration> retryAfter(String... namesAndValues) {
        return withHeaders(namesAndValues).retryAfter(NOW);
    }

    @Test
    void noHeaderMeansNoHint() {
        assertThat(retryAfter()).isEmpty();
        assertThat(withHeaders().retryAfter()).isEmpty();
    }

    @Test
    void retryAfterMilliseconds() {
        assertThat(retryAfter("retry-after-ms", "1500")).contains(Duration.ofMillis(1500));
        assertThat(retryAfter("Retry-After-Ms", "250.9")).contains(Duration.ofMillis(250));
        assertThat(retryAfter("retry-after-ms", " 20 ")).contains(Duration.ofMillis(20));
    }

    @Test
    void millisecondsWinOverSeconds() {
        assertThat(retryAfter("Retry-After", "30", "retry-after-ms", "1200")).contains(Duration.ofMillis(1200));
    }

    @Test
    void unreadableMillisecondsFallBackToRetryAfter() {
        assertThat(retryAfter("retry-after-ms", "soon", "Retry-After", "3")).contains(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterSeconds() {
        assertThat(retryAfter("Retry-After", "30")).contains(Duration.ofSeconds(30));
        assertThat(retryAfter("retry-after", "0")).contains(Duration.ZERO);
        assertThat(retryAfter("RETRY-AFTER", " 7 ")).contains(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterFractionalSeconds() {
        assertThat(retryAfter("Retry-After", "1.5")).contains(Duration.ofMillis(1500));
        assertThat(retryAfter("Retry-After", "0.25")).contains(Duration.ofMillis(250));
    }

    @Test
    void negativeDelaysAreZero() {
        assertThat(retryAfter("Retry-After", "-5")).contains(Duration.ZERO);
        assertThat(retryAfter("retry-after-ms", "-100")).contains(Duration.ZERO);
    }

    @Test
    void httpDateInTheFuture() {
        assertThat(retryAfter("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ofSeconds(30));
        assertThat(retryAfter("Retry-After", "Thu, 22 Oct 2015 07:27:30 GMT")).contains(Duration.ofDays(1));
    }

    @Test
    void httpDateInThePastIsZero() {
        assertThat(retryAfter("Retry-After", "Wed, 21 Oct 2015 07:00:00 GMT")).contains(Duration.ZERO);
        assertThat(retryAfter("Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT")).contains(Duration.ZERO);
    }

    @Test
    void httpDateNowIsZero() {
        assertThat(retryAfter("Retry-After", "Wed, 21 Oct 2015 07:27:30 GMT")).contains(Duration.ZERO);
    }

    @Test
    void httpDateIsMeasuredFromTheCurrentTime() {
        Instant inAMinute = Instant.now().plusSeconds(60);
        String header = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(inAMinute.atZone(java.time.ZoneOffset.UTC));

        Optional<Duration> wait = withHeaders("Retry-After", header).retryAfter();

        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(50),
                Duration.ofSeconds(60)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "30s", "1,5", "Wed, 32 Oct 2015 07:28:00 GMT", "2015-10-21T07:28:00Z",
            "NaN", "Infinity", "-Infinity"})
    void garbageMeansNoHint(String value) {
        assertThat(retryAfter("Retry-After", value)).isEmpty();
        assertThat(retryAfter("retry-after-ms", value)).isEmpty();
    }

    @Test
    void exceptionIsTheOneForStatus429() {
        MistralServiceException mapped = MistralServiceException.of(new ServiceError(429,
                Headers.builder().add("Retry-After", "2").build(), "", null, null, null));

        assertThat(mapped).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) mapped).retryAfter(NOW)).contains(Duration.ofSeconds(2));
    }
}
