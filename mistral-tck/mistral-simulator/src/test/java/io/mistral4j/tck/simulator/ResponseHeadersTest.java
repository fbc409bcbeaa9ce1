package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.wire.RateLimitMeter;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseHeadersTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final List<String> RATE_LIMIT_HEADERS = List.of(
            "x-ratelimit-limit-req-minute", "x-ratelimit-remaining-req-minute",
            "x-ratelimit-limit-tokens-minute", "x-ratelimit-remaining-tokens-minute",
            "x-ratelimit-tokens-query-cost");

    @Test
    void everyResponseCarriesCorrelationIdAndRateLimitHeaders() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            List<TestHttp.Response> responses = List.of(
                    TestHttp.get(sim, "/v1/models"),
                    TestHttp.get(sim, "/v1/models/nope"),
                    TestHttp.chat(sim, ChatBodies.chat("Hello")),
                    TestHttp.post(sim, "/v1/chat/completions", "{"),
                    TestHttp.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/models")).build()));
            Set<String> correlationIds = new HashSet<>();
            for (TestHttp.Response r : responses) {
                assertThat(r.header("mistral-correlation-id")).matches(UUID);
                correlationIds.add(r.header("mistral-correlation-id"));
                for (String h : RATE_LIMIT_HEADERS) {
                    assertThat(r.header(h)).as(h + " on " + r.status()).matches("\\d+");
                }
            }
            assertThat(correlationIds).hasSize(responses.size());
        }
    }

    @Test
    void remainingBudgetsGoDownByOneRequestAndTheQueryCost() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            TestHttp.Response first = TestHttp.get(sim, "/v1/models");
            TestHttp.Response chat = TestHttp.chat(sim, ChatBodies.chat("How many tokens does this cost?"));
            TestHttp.Response third = TestHttp.get(sim, "/v1/models");

            long limit = number(first, "x-ratelimit-limit-req-minute");
            assertThat(number(first, "x-ratelimit-remaining-req-minute")).isEqualTo(limit - 1);
            assertThat(number(chat, "x-ratelimit-remaining-req-minute")).isEqualTo(limit - 2);
            assertThat(number(third, "x-ratelimit-remaining-req-minute")).isEqualTo(limit - 3);

            long cost = number(chat, "x-ratelimit-tokens-query-cost");
            assertThat(cost).isEqualTo(chat.json().getAsJsonObject("usage").get("total_tokens").getAsLong());
            assertThat(number(first, "x-ratelimit-tokens-query-cost")).isZero();
            long tokenLimit = number(first, "x-ratelimit-limit-tokens-minute");
            assertThat(number(first, "x-ratelimit-remaining-tokens-minute")).isEqualTo(tokenLimit);
            assertThat(number(chat, "x-ratelimit-remaining-tokens-minute")).isEqualTo(tokenLimit - cost);
            assertThat(number(third, "x-ratelimit-remaining-tokens-minute")).isEqualTo(tokenLimit - cost);
        }
    }

    @Test
    void theMeterStartsAFreshWindowAfterAMinute() {
        long[] now = {1_000};
        RateLimitMeter meter = new RateLimitMeter(() -> now[0]);
        meter.charge(10);
        assertThat(meter.charge(5).get("x-ratelimit-remaining-req-minute"))
                .isEqualTo(Long.toString(RateLimitMeter.REQUESTS_PER_MINUTE - 2));
        now[0] += 60_000;
        var fresh = meter.charge(7);
        assertThat(fresh.get("x-ratelimit-remaining-req-minute"))
                .isEqualTo(Long.toString(RateLimitMeter.REQUESTS_PER_MINUTE - 1));
        assertThat(fresh.get("x-ratelimit-remaining-tokens-minute"))
                .isEqualTo(Long.toString(RateLimitMeter.TOKENS_PER_MINUTE - 7));
    }

    @Test
    void aWorkspaceLimitIsEnforcedAcrossCallersAndReportedConsistently() {
        long[] now = {1_000};
        RateLimitMeter meter = new RateLimitMeter(() -> now[0], new RateLimitMeter.Limits(2, 0, 100, 250));

        assertThat(meter.admit()).isEmpty();
        var first = meter.charge(60);
        assertThat(meter.admit()).isEmpty();
        assertThat(meter.admit()).as("the third call within a second, 250 ms early allowed").hasValue(250);
        assertThat(first).containsEntry("x-ratelimit-limit-req-minute", "120")
                .containsEntry("x-ratelimit-remaining-req-minute", "119")
                .containsEntry("x-ratelimit-limit-tokens-minute", "100")
                .containsEntry("x-ratelimit-remaining-tokens-minute", "40");

        now[0] += 500;
        assertThat(meter.admit()).as("one request refilled").isEmpty();
        meter.charge(60);   // into debt: the cost is known only once answered
        now[0] += 1_000;
        assertThat(meter.admit()).as("tokens spent until the debt is refilled").isPresent();
        now[0] += 15_000;
        assertThat(meter.admit()).isEmpty();
        assertThat(meter.admitted()).isEqualTo(4);
        assertThat(meter.limited()).isEqualTo(2);
    }

    private static long number(TestHttp.Response r, String header) {
        return Long.parseLong(r.header(header));
    }
}
