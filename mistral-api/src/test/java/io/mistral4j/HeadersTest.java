package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesAreCaseInsensitiveAndRepeatedValuesKeptInOrder() {
        Headers headers = Headers.builder().add("X-Test", "a").add("x-test", "b").set("Other", "c").build();
        assertThat(headers.all("X-TEST")).containsExactly("a", "b");
        assertThat(headers.first("other")).contains("c");
        assertThat(headers.first("missing")).isEmpty();
    }

    @Test
    void copiesJdkHeaderMapsSkippingTheStatusLine() {
        java.util.HashMap<String, List<String>> map = new java.util.HashMap<>();
        map.put(null, List.of("HTTP/1.1 200 OK"));
        map.put("content-type", List.of("application/json"));
        assertThat(Headers.of(map).names()).containsExactly("content-type");
    }

    @Test
    void credentialsAreMaskedWhenPrinted() {
        Headers headers = Headers.of(Map.of("Authorization", List.of("Bearer secret-key"), "Accept", List.of("x")));
        assertThat(headers.toString()).doesNotContain("secret-key").contains("[redacted]").contains("Accept=x");
    }

    @Test
    void rateLimitHeadersAreParsed() {
        Headers headers = Headers.builder()
                .set("x-ratelimit-limit-tokens-minute", "500000")
                .set("x-ratelimit-remaining-tokens-minute", "499000")
                .set("x-ratelimit-remaining-req-minute", "not-a-number")
                .set("ratelimitbysize-remaining", "12")
                .set("content-type", "application/json")
                .build();
        RateLimitInfo info = RateLimitInfo.from(headers);
        assertThat(info.limitTokensPerMinute()).hasValue(500000);
        assertThat(info.remainingTokensPerMinute()).hasValue(499000);
        assertThat(info.remainingRequestsPerMinute()).isEmpty();
        assertThat(info.header("ratelimitbysize-remaining")).contains("12");
        assertThat(info.asMap()).doesNotContainKey("content-type");
    }
}
