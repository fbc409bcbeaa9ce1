package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.UnauthorizedException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.models.ModelList;
import io.mistral4j.models.ModelListRequest;
import io.mistral4j.resilience.RateLimitPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad ids and headers fail with a {@link ValidationException} naming them before anything is
 * sent; extreme durations and absurd server numbers never turn into a foreign exception.
 */
class BadInputNeverReachesTheWireTest {

    private static final String KEY = "sk-wire-guard-5e4d3c2b";
    private static final String BASE = "https://api.example.test";
    private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);
    private static final String MODELS = "{\"object\":\"list\",\"data\":[]}";

    private final FakeTransport transport = new FakeTransport();
    private MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(BASE).transport(transport).build();

    @AfterEach
    void close() {
        client.close();
    }

    private void refusedBeforeTheWire(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void dotSegmentsAreRefusedAsIds() {
        refusedBeforeTheWire(() -> client.files().retrieve(".."), "fileId");
        refusedBeforeTheWire(() -> client.files().delete("."), "fileId");
        refusedBeforeTheWire(() -> client.files().downloadStream(".."), "fileId");
        refusedBeforeTheWire(() -> client.models().retrieve(".."), "modelId");
        refusedBeforeTheWire(() -> client.agents().withOptions(RequestOptions.none()).delete(".."), "agentId");
        refusedBeforeTheWire(() -> client.agents().withOptions(RequestOptions.none()).get(".", null), "agentId");
        refusedBeforeTheWire(() -> client.batch().withOptions(RequestOptions.none()).cancel(".."), "jobId");
        assertThatThrownBy(() -> client.files().retrieveAsync("..").join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ValidationException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aBadHeaderFromAnAuthProviderIsRefusedAndNotRetried() {
        client.close();
        client = MistralClient.builder().baseUrl(BASE).transport(transport)
                .authProvider(request -> Headers.of(java.util.Map.of("Authorization", List.of("Bearer a\u0000b"))))
                .build();

        refusedBeforeTheWire(() -> client.models().list(), "headers[Authorization]");
        assertThatThrownBy(() -> client.models().listAsync(ModelListRequest.all()).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ValidationException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void durationsTooLongForTheJdkStillMakeWorkingCalls() {
        client.close();
        client = MistralClient.builder().apiKey(KEY).baseUrl(BASE).transport(transport).callTimeout(FOREVER)
                .responseTimeout(FOREVER).streamIdleTimeout(FOREVER).connectTimeout(FOREVER).readTimeout(FOREVER)
                .rateLimit(RateLimitPolicy.builder().requestsPerSecond(1000).maxWait(FOREVER).build())
                .build();
        transport.answer(200, MODELS).answer(200, MODELS);

        ModelList models = client.models().list();
        ModelList again = client.models().list(ModelListRequest.all(), RequestOptions.builder().timeout(FOREVER).build());

        assertThat(models.data()).isEmpty();
        assertThat(again.data()).isEmpty();
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void absurdRateLimitHeadersLeaveAnsweredCallsAnswered() {
        client.close();
        client = MistralClient.builder().apiKey(KEY).baseUrl(BASE).transport(transport)
                .rateLimit(RateLimitPolicy.builder().tokensPerMinute(1_000_000).build()).build();
        for (String value : List.of("99999999999999999999", "-5", "1e30", "9223372036854775807", "0")) {
            transport.answer(200, MODELS, "x-ratelimit-limit-req-minute", value,
                    "x-ratelimit-remaining-req-minute", value, "x-ratelimit-limit-tokens-minute", value,
                    "x-ratelimit-remaining-tokens-minute", value, "x-ratelimit-tokens-query-cost", value);

            assertThat(client.models().list().data()).as(value).isEmpty();
        }
        assertThat(transport.requests()).hasSize(5);
    }

    @Test
    void theKeyAServerEchoesInAnyFormIsMaskedInTheException() {
        transport.answer(401, "{\"message\":\"key " + KEY + " is unknown\"}");
        transport.answer(401, "Authorization: Bearer sk-someone-elses-key\nX-Api-Key: " + KEY);

        assertThatThrownBy(() -> client.models().list()).isInstanceOf(UnauthorizedException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain(KEY).contains("key [redacted] is unknown");
                    assertThat(((UnauthorizedException) e).rawBody()).doesNotContain(KEY);
                });
        assertThatThrownBy(() -> client.models().list()).isInstanceOf(UnauthorizedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY)
                        .doesNotContain("sk-someone-elses-key"));
    }
}
