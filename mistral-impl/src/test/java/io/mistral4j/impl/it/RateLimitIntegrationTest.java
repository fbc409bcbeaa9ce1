package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.RateLimitExceededException;
import io.mistral4j.impl.TestClients;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.impl.resilience.InMemoryBudgetStore;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.spi.BudgetStore;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client-side request and token budgets against the simulator, on a clock that moves only when the client waits. */
class RateLimitIntegrationTest {

    private static final String CHAT = "POST /v1/chat/completions";

    private MistralSimulator simulator;
    private final FakeTiming timing = new FakeTiming();
    private MistralClient client;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.start();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        simulator.close();
    }

    private void useBudgets(RateLimitPolicy policy) {
        client = TestClients.build(MistralClient.builder().apiKey("sk-budget").baseUrl(simulator.baseUrl())
                .rateLimit(policy), timing);
    }

    private static ChatCompletionRequest ask(int maxTokens) {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Say hello")
                .maxTokens(maxTokens).build();
    }

    @Test
    void failsFastWhenTheRequestBudgetIsSpent() {
        useBudgets(RateLimitPolicy.builder().requestsPerSecond(2).failFast().build());
        client.chat().complete(ask(20));
        client.chat().complete(ask(20));

        assertThatThrownBy(() -> client.chat().complete(ask(20)))
                .isInstanceOf(RateLimitExceededException.class)
                .hasMessageContaining("requests per second")
                .hasMessageContaining("would wait 500 ms, allowed 0 ms")
                .satisfies(e -> assertThat(((RateLimitExceededException) e).wouldWait()).isEqualTo(Duration.ofMillis(500)));
        assertThat(simulator.attempts(CHAT)).as("the third call was not sent").isEqualTo(2);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void waitsForBudgetWhenAllowed() {
        useBudgets(RateLimitPolicy.builder().requestsPerSecond(2).maxWait(Duration.ofSeconds(5)).build());

        for (int i = 0; i < 3; i++) {
            client.chat().complete(ask(20));
        }

        assertThat(simulator.attempts(CHAT)).isEqualTo(3);
        assertThat(timing.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void doesNotWaitLongerThanAllowed() {
        useBudgets(RateLimitPolicy.builder().requestsPerSecond(1).maxWait(Duration.ofMillis(200)).build());
        client.chat().complete(ask(20));

        assertThatThrownBy(() -> client.chat().complete(ask(20)))
                .isInstanceOf(RateLimitExceededException.class)
                .hasMessageContaining("would wait 1000 ms, allowed 200 ms");
        assertThat(timing.waits()).isEmpty();
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
    }

    @Test
    void tokenEstimatesAreCorrectedFromWhatTheCallCost() {
        useBudgets(RateLimitPolicy.builder().tokensPerMinute(1000).failFast().learnFromHeaders(false).build());

        // Each call is estimated at about 625 tokens (its characters / 4 + max_tokens 600) but
        // costs the simulator's usage, a few dozen: only the correction leaves room for the next.
        for (int i = 0; i < 3; i++) {
            client.chat().complete(ask(600));
        }
        try (ChatCompletionStream stream = client.chat().stream(ask(600))) {
            stream.forEachRemaining(chunk -> { });
        }
        client.chat().complete(ask(600));

        assertThat(simulator.attempts(CHAT)).isEqualTo(5);
    }

    @Test
    void aCallThatCanNeverFitFailsAtOnce() {
        useBudgets(RateLimitPolicy.builder().tokensPerMinute(1000).maxWait(Duration.ofMinutes(5)).build());

        assertThatThrownBy(() -> client.chat().complete(ask(5000)))
                .isInstanceOf(RateLimitExceededException.class)
                .hasMessageContaining("tokens per minute")
                .hasMessageContaining("exceeds the budget's capacity")
                .satisfies(e -> assertThat(((RateLimitExceededException) e).wouldWait()).isNull());
        assertThat(simulator.attempts(CHAT)).isZero();
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void learnsTheServersLimitsFromItsHeaders() {
        useBudgets(RateLimitPolicy.builder().learnFromHeaders(true).maxWait(Duration.ofSeconds(5)).build());
        simulator.faults().on(CHAT).call(1, Fault.latency(Duration.ZERO)
                .withHeader("x-ratelimit-limit-req-minute", "60").withHeader("x-ratelimit-remaining-req-minute", "0"));

        client.chat().complete(ask(20));
        client.chat().complete(ask(20));

        assertThat(timing.waits()).as("60 a minute: the next request is a second away").containsExactly(Duration.ofSeconds(1));
        assertThat(simulator.attempts(CHAT)).isEqualTo(2);
    }

    @Test
    void learntLimitsFailFastWhenConfiguredTo() {
        useBudgets(RateLimitPolicy.builder().failFast().build());
        simulator.faults().on(CHAT).call(1, Fault.latency(Duration.ZERO)
                .withHeader("x-ratelimit-limit-tokens-minute", "5000")
                .withHeader("x-ratelimit-remaining-tokens-minute", "3"));
        client.chat().complete(ask(20));

        assertThatThrownBy(() -> client.chat().complete(ask(20)))
                .isInstanceOf(RateLimitExceededException.class)
                .hasMessageContaining("server's tokens per minute");
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
    }

    @Test
    void asyncCallsWaitWithoutBlocking() throws Exception {
        useBudgets(RateLimitPolicy.builder().requestsPerSecond(1).maxWait(Duration.ofSeconds(5)).build());

        client.chat().completeAsync(ask(20)).get(5, TimeUnit.SECONDS);
        client.chat().completeAsync(ask(20)).get(5, TimeUnit.SECONDS);

        assertThat(timing.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(simulator.attempts(CHAT)).isEqualTo(2);
    }

    @Test
    void budgetsAreKeptByTheStoreGivenToTheBuilder() {
        List<BudgetSpec> asked = new CopyOnWriteArrayList<>();
        InMemoryBudgetStore memory = new InMemoryBudgetStore();
        BudgetStore recording = new BudgetStore() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public BudgetBucket bucket(BudgetSpec spec) {
                asked.add(spec);
                return memory.bucket(spec);
            }
        };
        client = TestClients.build(MistralClient.builder().apiKey("sk-budget").baseUrl(simulator.baseUrl())
                .rateLimit(RateLimitPolicy.builder().requestsPerSecond(1).tokensPerMinute(10_000).failFast().build())
                .budgetStore(recording), timing);

        client.chat().complete(ask(20));

        assertThatThrownBy(() -> client.chat().complete(ask(20))).isInstanceOf(RateLimitExceededException.class);
        assertThat(asked).extracting(BudgetSpec::key).containsExactly(BudgetSpec.REQUESTS_PER_SECOND,
                BudgetSpec.TOKENS_PER_MINUTE, BudgetSpec.SERVER_REQUESTS_PER_MINUTE, BudgetSpec.SERVER_TOKENS_PER_MINUTE);
        assertThat(asked.get(0).capacity()).isEqualTo(1);
        assertThat(asked.get(1).period()).isEqualTo(Duration.ofMinutes(1));
    }
}
