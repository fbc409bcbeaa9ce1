package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.InternalServerException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.impl.TestClients;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Response, overall and stream idle timeouts against a simulator that answers late or stalls.
 * The deadlines here are real (they end sockets), so they are short and the faults long.
 */
class TimeoutIntegrationTest {

    private static final String CHAT = "POST /v1/chat/completions";
    private static final Duration LONG = Duration.ofSeconds(3);

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

    private void connect(MistralClient.Builder builder) {
        client = TestClients.build(builder.apiKey("sk-timeouts").baseUrl(simulator.baseUrl()), timing);
    }

    private static ChatCompletionRequest ask() {
        return ChatCompletionRequest.builder().model("mistral-small-latest")
                .addUserMessage("Tell me about lighthouses").build();
    }

    @Test
    void aLateAnswerMissesTheResponseTimeout() {
        connect(MistralClient.builder().retry(RetryPolicy.disabled()).responseTimeout(Duration.ofMillis(200)));
        simulator.faults().on(CHAT).always(Fault.latency(LONG));

        assertThatThrownBy(() -> client.chat().complete(ask()))
                .isInstanceOf(MistralTimeoutException.class)
                .satisfies(e -> assertThat(((MistralTimeoutException) e).kind()).isEqualTo(MistralTimeoutException.Kind.RESPONSE));
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
    }

    @Test
    void aResponseTimeoutIsRetried() {
        connect(MistralClient.builder().retry(RetryPolicy.builder().jitter(0).build())
                .responseTimeout(Duration.ofMillis(200)));
        simulator.faults().on(CHAT).call(1, Fault.latency(LONG));

        assertThat(client.chat().complete(ask()).text()).isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(2);
    }

    @Test
    void theOverallTimeoutEndsTheCall() {
        connect(MistralClient.builder().retry(RetryPolicy.disabled()).callTimeout(Duration.ofMillis(300)));
        simulator.faults().on(CHAT).always(Fault.latency(LONG));

        assertThatThrownBy(() -> client.chat().complete(ask()))
                .isInstanceOf(MistralTimeoutException.class)
                .hasMessageContaining("overall timeout")
                .satisfies(e -> assertThat(((MistralTimeoutException) e).kind()).isEqualTo(MistralTimeoutException.Kind.OVERALL));
    }

    @Test
    void requestOptionsOverrideTheOverallTimeout() {
        connect(MistralClient.builder().retry(RetryPolicy.disabled()));
        simulator.faults().on(CHAT).always(Fault.latency(LONG));

        assertThatThrownBy(() -> client.chat().withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build()).complete(ask()))
                .isInstanceOf(MistralTimeoutException.class)
                .satisfies(e -> assertThat(((MistralTimeoutException) e).kind()).isEqualTo(MistralTimeoutException.Kind.OVERALL));
    }

    @Test
    void noRetryWaitsPastTheOverallTimeout() {
        connect(MistralClient.builder().retry(RetryPolicy.builder().maxAttempts(5).build())
                .callTimeout(Duration.ofSeconds(1)));
        simulator.faults().on(CHAT).always(Fault.status(503).withHeader("Retry-After", "2"));

        assertThatThrownBy(() -> client.chat().complete(ask())).isInstanceOf(InternalServerException.class);
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void aStreamThatStallsBetweenEventsMissesTheIdleTimeout() {
        connect(MistralClient.builder().streamIdleTimeout(Duration.ofMillis(200)));
        simulator.faults().on(CHAT).call(1, Fault.stallStreamAfter(2, LONG));
        List<String> received = new ArrayList<>();

        assertThatThrownBy(() -> {
            try (ChatCompletionStream stream = client.chat().stream(ask())) {
                stream.forEachRemaining(chunk -> received.add(chunk.text()));
            }
        }).isInstanceOf(MistralTimeoutException.class)
                .hasMessageContaining("no stream event for 200 ms")
                .satisfies(e -> assertThat(((MistralTimeoutException) e).kind()).isEqualTo(MistralTimeoutException.Kind.IDLE));
        assertThat(received).hasSize(2);
        assertThat(simulator.attempts(CHAT)).as("not retried after the first event").isEqualTo(1);
    }

    @Test
    void theOverallTimeoutCoversAStreamToo() {
        connect(MistralClient.builder().callTimeout(Duration.ofMillis(500)).streamIdleTimeout(Duration.ofSeconds(30)));
        simulator.faults().on(CHAT).call(1, Fault.stallStreamAfter(1, LONG));

        assertThatThrownBy(() -> {
            try (ChatCompletionStream stream = client.chat().stream(ask())) {
                stream.forEachRemaining(chunk -> { });
            }
        }).isInstanceOf(MistralTimeoutException.class)
                .satisfies(e -> assertThat(((MistralTimeoutException) e).kind()).isEqualTo(MistralTimeoutException.Kind.OVERALL));
    }

    @Test
    void aSlowReaderIsNotTakenForASilentServer() throws Exception {
        connect(MistralClient.builder().streamIdleTimeout(Duration.ofMillis(200)));
        int events = 0;

        try (ChatCompletionStream stream = client.chat().stream(ask())) {
            while (stream.hasNext()) {
                stream.next();
                events++;
                if (events == 1) {
                    Thread.sleep(500); // the caller, not the server, is slow
                }
            }
        }

        assertThat(events).isGreaterThan(1);
    }
}
