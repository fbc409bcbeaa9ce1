package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.CircuitOpenException;
import io.mistral4j.errors.InternalServerException;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.RateLimitException;
import io.mistral4j.impl.TestClients;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The circuit breaker against the simulator: when it opens, how it fails fast, and when it closes again. */
class CircuitBreakerIntegrationTest {

    private static final String CHAT = "POST /v1/chat/completions";
    /** Judges the last 4 attempts; opens for 30 s at half of them failing. */
    private static final CircuitBreakerPolicy TIGHT = CircuitBreakerPolicy.builder().slidingWindowSize(4)
            .minimumNumberOfCalls(4).failureRateThreshold(50).waitInOpenState(Duration.ofSeconds(30))
            .permittedCallsInHalfOpenState(1).build();

    private MistralSimulator simulator;
    private final FakeTiming timing = new FakeTiming();
    private MistralClient client;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.start();
        client = client(MistralClient.builder().retry(RetryPolicy.disabled()).circuitBreaker(TIGHT));
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private MistralClient client(MistralClient.Builder builder) {
        return TestClients.build(builder.apiKey("sk-breaker").baseUrl(simulator.baseUrl()), timing);
    }

    private static ChatCompletionRequest ask() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Say hello").build();
    }

    private void failTimes(int times, Class<? extends Throwable> type) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> client.chat().complete(ask())).isInstanceOf(type);
        }
    }

    @Test
    void opensOnTheFailureRateAndFailsFastUntilItHalfOpens() {
        simulator.faults().on(CHAT).call(2, Fault.status(503)).calls(3, 4, Fault.resetBeforeResponse());
        client.chat().complete(ask());
        failTimes(1, InternalServerException.class);
        failTimes(2, MistralConnectionException.class);
        Instant openedAt = timing.now();

        assertThatThrownBy(() -> client.chat().complete(ask()))
                .isInstanceOf(CircuitOpenException.class)
                .hasMessageContaining("circuit breaker 'client' is open")
                .hasMessageContaining("failure rate 75.0%")
                .hasMessageContaining("in 30000 ms")
                .satisfies(e -> {
                    CircuitOpenException open = (CircuitOpenException) e;
                    assertThat(open.breaker()).isEqualTo("client");
                    assertThat(open.halfOpenAt()).isEqualTo(openedAt.plusSeconds(30));
                });
        assertThat(simulator.attempts(CHAT)).as("the open breaker sent nothing").isEqualTo(4);

        timing.advance(Duration.ofSeconds(30).plusMillis(1));
        assertThat(client.chat().complete(ask()).text()).as("the trial call goes through").isNotBlank();
        assertThat(client.chat().complete(ask()).text()).as("and closed the breaker").isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(6);
    }

    @Test
    void clientErrorsNeverCount() {
        simulator.faults().on(CHAT).calls(1, 6, Fault.status(400)).calls(7, 8, Fault.rateLimited("1"));
        failTimes(6, BadRequestException.class);
        failTimes(2, RateLimitException.class);

        assertThat(client.chat().complete(ask()).text()).isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(9);
    }

    @Test
    void opensOnTheSlowCallRate() {
        client.close();
        client = client(MistralClient.builder().retry(RetryPolicy.disabled()).circuitBreaker(TIGHT.toBuilder()
                .slowCallDuration(Duration.ofMillis(100)).slowCallRateThreshold(50).build()));
        simulator.faults().on(CHAT).calls(1, 2, Fault.latency(Duration.ofMillis(250)));
        for (int i = 0; i < 4; i++) {
            client.chat().complete(ask());
        }

        assertThatThrownBy(() -> client.chat().complete(ask()))
                .isInstanceOf(CircuitOpenException.class)
                .hasMessageContaining("failure rate 0.0%")
                // a cold first call may be slow too: at least the two delayed ones are
                .hasMessageMatching(".*slow call rate (50|75|100)\\.0%.*");
        assertThat(simulator.attempts(CHAT)).isEqualTo(4);
    }

    @Test
    void anOpenBreakerEndsTheRetries() {
        client.close();
        client = client(MistralClient.builder()
                .retry(RetryPolicy.builder().maxAttempts(6).jitter(0).build())
                .circuitBreaker(TIGHT.toBuilder().slidingWindowSize(3).minimumNumberOfCalls(3).build()));
        simulator.faults().on(CHAT).always(Fault.status(503));

        assertThatThrownBy(() -> client.chat().complete(ask())).isInstanceOf(CircuitOpenException.class);
        assertThat(simulator.attempts(CHAT)).isEqualTo(3);
    }

    @Test
    void endpointGroupsHaveBreakersOfTheirOwn() {
        client.close();
        client = client(MistralClient.builder().retry(RetryPolicy.disabled())
                .circuitBreaker(CircuitBreakerPolicy.disabled())
                .circuitBreaker("chat", TIGHT));
        simulator.faults().on(CHAT).calls(1, 4, Fault.status(500));
        failTimes(4, InternalServerException.class);

        assertThatThrownBy(() -> client.chat().complete(ask()))
                .isInstanceOf(CircuitOpenException.class)
                .satisfies(e -> assertThat(((CircuitOpenException) e).breaker()).isEqualTo("chat"));
    }

    @Test
    void aDisabledBreakerNeverOpens() {
        client.close();
        client = client(MistralClient.builder().retry(RetryPolicy.disabled())
                .circuitBreaker(CircuitBreakerPolicy.disabled()));
        simulator.faults().on(CHAT).calls(1, 10, Fault.status(500));
        failTimes(10, InternalServerException.class);

        assertThat(client.chat().complete(ask()).text()).isNotBlank();
    }

    @Test
    void asyncCallsFailFastToo() {
        simulator.faults().on(CHAT).calls(1, 4, Fault.status(500));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.chat().completeAsync(ask()).join())
                    .isInstanceOf(CompletionException.class).hasCauseInstanceOf(InternalServerException.class);
        }

        assertThatThrownBy(() -> client.chat().completeAsync(ask()).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(CircuitOpenException.class);
        assertThat(simulator.attempts(CHAT)).isEqualTo(4);
    }
}
