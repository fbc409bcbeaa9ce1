package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.errors.InternalServerException;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.RateLimitException;
import io.mistral4j.impl.TestClients;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.impl.testing.RetryRecorder;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retries end to end against the simulator's scripted faults: how many attempts the server saw,
 * the waits between them on a fake clock, what observers were told and what the caller gets.
 */
class RetryIntegrationTest {

    private static final String CHAT = "POST /v1/chat/completions";
    private static final RetryPolicy NO_JITTER = RetryPolicy.builder().maxAttempts(3)
            .initialBackoff(Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(8)).jitter(0).build();

    private MistralSimulator simulator;
    private final FakeTiming timing = new FakeTiming();
    private final RetryRecorder observer = new RetryRecorder();
    private MistralClient client;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.start();
        client = client(NO_JITTER);
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private MistralClient client(RetryPolicy retry) {
        return TestClients.build(MistralClient.builder().apiKey("sk-retry").baseUrl(simulator.baseUrl())
                .retry(retry).circuitBreaker(CircuitBreakerPolicy.disabled())
                .streamIdleTimeout(Duration.ofMillis(300)).addObserver(observer), timing);
    }

    private static ChatCompletionRequest ask(String text) {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage(text).build();
    }

    @Test
    void retriesServerFailuresWithExponentialBackoffAndReportsEachRetry() {
        simulator.faults().on(CHAT).calls(1, 2, Fault.status(503));

        ChatCompletionResponse response = client.chat().complete(ask("Say hello"));

        assertThat(response.text()).isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(3);
        assertThat(timing.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(observer.retries()).hasSize(2);
        assertThat(observer.retries()).extracting(RetryRecorder.Retry::attempt).containsExactly(1, 2);
        assertThat(observer.retries()).extracting(RetryRecorder.Retry::delay)
                .containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(observer.retries().get(0).cause()).isInstanceOf(InternalServerException.class)
                .hasMessageContaining("503").hasMessageContaining("Service Unavailable");
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504})
    void retriesEachRetryableStatus(int status) {
        simulator.faults().on(CHAT).call(1, Fault.status(status));

        assertThat(client.chat().complete(ask("Say hello")).text()).isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 422, 501})
    void neverRetriesOtherStatuses(int status) {
        simulator.faults().on(CHAT).always(Fault.status(status));

        assertThatThrownBy(() -> client.chat().complete(ask("Say hello")))
                .isInstanceOf(MistralServiceException.class)
                .satisfies(e -> assertThat(((MistralServiceException) e).statusCode()).isEqualTo(status));
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
        assertThat(timing.waits()).isEmpty();
        assertThat(observer.retries()).isEmpty();
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastTypedError() {
        simulator.faults().on(CHAT).always(Fault.status(502));

        assertThatThrownBy(() -> client.chat().complete(ask("Say hello")))
                .isInstanceOf(InternalServerException.class)
                .hasMessageContaining("failed with status 502")
                .hasMessageContaining("Bad Gateway")
                .hasMessageEndingWith("(after 3 attempts)")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2)
                        .allSatisfy(earlier -> assertThat(earlier).hasMessageContaining("status 502")));
        assertThat(simulator.attempts(CHAT)).isEqualTo(3);
        assertThat(timing.waits()).hasSize(2);
    }

    @Test
    void honoursRetryAfterSeconds() {
        simulator.faults().on(CHAT).call(1, Fault.rateLimited("2"));

        client.chat().complete(ask("Say hello"));

        assertThat(timing.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        simulator.faults().on(CHAT).call(1, Fault.rateLimited("9").withHeader("retry-after-ms", "1250"));

        client.chat().complete(ask("Say hello"));

        assertThat(timing.waits()).containsExactly(Duration.ofMillis(1250));
    }

    @Test
    void honoursRetryAfterAsAnHttpDateOnTheClientsClock() {
        String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTiming.START.plusSeconds(3).atOffset(ZoneOffset.UTC));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTiming.START.minusSeconds(30).atOffset(ZoneOffset.UTC));
        simulator.faults().on(CHAT).call(1, Fault.status(503).withHeader("Retry-After", inThreeSeconds))
                .call(2, Fault.status(503).withHeader("Retry-After", past));

        client.chat().complete(ask("Say hello"));

        assertThat(timing.waits()).as("a date in the past is no wait, not a negative one")
                .containsExactly(Duration.ofSeconds(3), Duration.ZERO);
    }

    @Test
    void aServerRequestedWaitBeyondTheCapEndsTheCallAtOnce() {
        client.close();
        client = client(NO_JITTER.toBuilder().retryAfterCap(Duration.ofSeconds(5)).build());
        simulator.faults().on(CHAT).call(1, Fault.rateLimited("3600"));

        assertThatThrownBy(() -> client.chat().complete(ask("Say hello")))
                .isInstanceOf(RateLimitException.class)
                .satisfies(e -> assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofHours(1)));
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
        assertThat(timing.waits()).isEmpty();
        assertThat(observer.retries()).isEmpty();
    }

    @Test
    void aServerRequestedWaitUpToTheCapIsHonoured() {
        client.close();
        client = client(NO_JITTER.toBuilder().retryAfterCap(Duration.ofSeconds(5)).build());
        simulator.faults().on(CHAT).call(1, Fault.rateLimited("5"));

        client.chat().complete(ask("Say hello"));

        assertThat(timing.waits()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void noRetryStartsPastTheTotalBudget() {
        client.close();
        client = client(NO_JITTER.toBuilder().totalBudget(Duration.ofSeconds(1)).build());
        simulator.faults().on(CHAT).always(Fault.rateLimited("2"));

        assertThatThrownBy(() -> client.chat().complete(ask("Say hello")))
                .isInstanceOf(RateLimitException.class)
                .satisfies(e -> assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(2)));
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void jitterShortensEachWaitByAtMostItsShare() {
        client.close();
        FakeTiming lucky = new FakeTiming(0.5);
        client = TestClients.build(MistralClient.builder().apiKey("sk-retry").baseUrl(simulator.baseUrl())
                .retry(NO_JITTER.toBuilder().jitter(0.2).build()), lucky);
        simulator.faults().on(CHAT).calls(1, 2, Fault.status(500));

        client.chat().complete(ask("Say hello"));

        assertThat(lucky.waits()).containsExactly(Duration.ofMillis(450), Duration.ofMillis(900));
    }

    @Test
    void retriesConnectionResetsBeforeTheResponseAndDuringTheBody() {
        simulator.faults().on(CHAT).call(1, Fault.resetBeforeResponse()).call(2, Fault.resetDuringBody());

        ChatCompletionResponse response = client.chat().complete(ask("Say hello"));

        assertThat(response.text()).isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(3);
        assertThat(observer.retries()).extracting(r -> r.cause().getClass())
                .allSatisfy(type -> assertThat(MistralConnectionException.class).isAssignableFrom(type));
    }

    @Test
    void malformedOrTruncatedAnswersAreNotRetried() {
        simulator.faults().on(CHAT).call(1, Fault.malformedJson()).call(2, Fault.truncatedJson());

        assertThatThrownBy(() -> client.chat().complete(ask("Say hello")))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("status 200");
        assertThatThrownBy(() -> client.chat().complete(ask("Say hello")))
                .isInstanceOf(MistralDecodingException.class);
        assertThat(simulator.attempts(CHAT)).isEqualTo(2);
    }

    @Test
    void requestOptionsOverrideTheAttempts() {
        simulator.faults().on(CHAT).always(Fault.status(503));

        assertThatThrownBy(() -> client.chat().withOptions(RequestOptions.builder().maxAttempts(1).build()).complete(ask("Say hello")))
                .isInstanceOf(InternalServerException.class);
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);

        assertThatThrownBy(() -> client.chat().withOptions(RequestOptions.builder().maxAttempts(5).build()).complete(ask("Say hello")))
                .isInstanceOf(InternalServerException.class);
        assertThat(simulator.attempts(CHAT)).isEqualTo(6);
    }

    @Test
    void disabledRetryMakesOneAttempt() {
        client.close();
        client = client(RetryPolicy.disabled());
        simulator.faults().on(CHAT).call(1, Fault.status(503));

        assertThatThrownBy(() -> client.chat().complete(ask("Say hello"))).isInstanceOf(InternalServerException.class);
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
    }

    @Test
    void asyncCallsAreRetriedWithTheSameWaits() throws Exception {
        simulator.faults().on(CHAT).call(1, Fault.status(503)).call(2, Fault.resetBeforeResponse());

        ChatCompletionResponse response = client.chat().completeAsync(ask("Say hello")).get(10, TimeUnit.SECONDS);

        assertThat(response.text()).isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(3);
        assertThat(timing.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(observer.retries()).hasSize(2);
    }

    @Test
    void streamOpeningIsRetriedAndTheAnswerIsDeliveredOnce() {
        String expected = collect(client.chat().stream(ask("Tell me about lighthouses"))).text;
        simulator.resetCallCounts();
        simulator.faults().on(CHAT).call(1, Fault.status(503)).call(2, Fault.cutStreamAfter(0))
                .call(3, Fault.stallStreamAfter(0, Duration.ofSeconds(3)));

        Collected streamed = collect(client.chat().withOptions(RequestOptions.builder().maxAttempts(4).build()).stream(ask("Tell me about lighthouses")));

        assertThat(simulator.attempts(CHAT)).isEqualTo(4);
        assertThat(streamed.text).as("each event once, in order").isEqualTo(expected);
        assertThat(observer.retries()).hasSize(3);
        assertThat(observer.retries().get(2).cause()).hasMessageContaining("stream idle timeout");
    }

    @Test
    void aStreamThatBreaksAfterItsFirstEventIsNotRetried() {
        simulator.faults().on(CHAT).call(1, Fault.cutStreamAfter(2));
        List<String> received = new ArrayList<>();

        assertThatThrownBy(() -> {
            try (ChatCompletionStream stream = client.chat().stream(ask("Tell me about lighthouses"))) {
                stream.forEachRemaining(chunk -> received.add(chunk.text()));
            }
        }).isInstanceOf(MistralConnectionException.class).hasMessageContaining("after 2 events");

        assertThat(received).hasSize(2);
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
        assertThat(observer.retries()).isEmpty();
    }

    private record Collected(String text, int events) {
    }

    private static Collected collect(ChatCompletionStream stream) {
        StringBuilder text = new StringBuilder();
        int events = 0;
        try (stream) {
            while (stream.hasNext()) {
                CompletionChunk chunk = stream.next();
                text.append(chunk.text());
                events++;
            }
        }
        return new Collected(text.toString(), events);
    }
}
