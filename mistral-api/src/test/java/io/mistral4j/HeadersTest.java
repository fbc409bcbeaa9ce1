package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
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

    @Test
    void everyControlCharacterButTabIsRefusedInAValueNamingTheHeader() {
        for (char c = 0; c < 0x20; c++) {
            String value = "Bearer abc" + c + "def";
            if (c == '\t') {
                assertThat(Headers.builder().add("X-Test", value).build().first("X-Test")).contains(value);
                continue;
            }
            assertThatThrownBy(() -> Headers.builder().add("X-Test", value))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining(String.format("U+%04X", (int) c))
                    .hasMessageNotContaining("abc")
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("headers[X-Test]"));
        }
        assertThatThrownBy(() -> Headers.builder().set("X-Test", "a\u007fb")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Headers.builder().set("X-Test", "\u65e5\u672c")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("ISO-8859-1");
        assertThatThrownBy(() -> Headers.builder().set("X-Test", null)).isInstanceOf(ValidationException.class);
        assertThat(Headers.builder().set("X-Test", "caf\u00e9 ok").build().first("x-test")).contains("caf\u00e9 ok");
    }

    @Test
    void namesMustBeTokens() {
        for (String bad : List.of("", "Bad Name", "X:Y", "X\u0000", "X(1)", "X/Y", "\u00e9t\u00e9", "X\u007f")) {
            assertThatThrownBy(() -> Headers.builder().add(bad, "v"))
                    .as(bad)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("headers"));
        }
        assertThatThrownBy(() -> Headers.builder().add(null, "v")).isInstanceOf(ValidationException.class);
        assertThat(Headers.builder().add("X-Odd_But.Valid!#$%&'*+^`|~9", "v").build().names()).hasSize(1);
    }

    @Test
    void receivedHeadersAreTakenAsTheyCameAndCopiedWithoutChecks() {
        Headers received = Headers.builder().addReceived("X-Odd", "a\u0000b").addReceived("X-Null", null).build();

        assertThat(received.first("x-odd")).contains("a\u0000b");
        assertThat(received.names()).containsExactly("X-Odd");
        assertThat(received.toBuilder().build()).isEqualTo(received);
        assertThat(Headers.of(Map.of("X-Odd", List.of("\u0001")))).isNotNull();
        assertThatThrownBy(() -> received.toBuilder().add("X-Odd", "c\nd")).isInstanceOf(ValidationException.class);
    }

    @Test
    void absurdRateLimitNumbersReadAsAbsent() {
        RateLimitInfo info = RateLimitInfo.from(Headers.builder()
                .set("x-ratelimit-limit-req-minute", "99999999999999999999")
                .set("x-ratelimit-remaining-req-minute", "-5")
                .set("x-ratelimit-limit-tokens-minute", "1e30")
                .set("x-ratelimit-remaining-tokens-minute", " 42 ")
                .set("x-ratelimit-tokens-query-cost", "12.5")
                .build());

        assertThat(info.limitRequestsPerMinute()).isEmpty();
        assertThat(info.remainingRequestsPerMinute()).isEmpty();
        assertThat(info.limitTokensPerMinute()).isEmpty();
        assertThat(info.remainingTokensPerMinute()).hasValue(42);
        assertThat(info.tokensQueryCost()).isEmpty();
    }

    @Test
    void perCallHeadersAreCheckedWhenGiven() {
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", "1\r\nX-Injected: yes"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("header[X-Trace]"));
        assertThatThrownBy(() -> RequestOptions.builder().header("X Trace", "1"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("header"));
        assertThatThrownBy(() -> ApiKey.of("sk-abc\u0000def"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("apiKey: ")
                .hasMessageNotContaining("sk-abc");
    }
}
