package io.mistral4j.otel;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.InternalServerException;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.mistral4j.tck.simulator.Fault;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retried calls end to end, with the simulator's scripted faults and the client's retry
 * decorator: still one span per logical call, each retry an event on it with the attempt that
 * failed, the resend count on the span, and the call's one DEBUG line naming the attempt that
 * answered.
 */
class RetriedCallTelemetryTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static final String CHAT = "POST /v1/chat/completions";
    private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder().model("mistral-small-latest")
            .addUserMessage("Say hello").build();

    private final TestTelemetry telemetry = TestTelemetry.create();
    private final MistralClient client = MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY)
            .baseUrl(SIMULATOR.baseUrl())
            .retry(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
                    .maxBackoff(Duration.ofMillis(20)).jitter(0).build())
            .circuitBreaker(CircuitBreakerPolicy.disabled())
            .addObserver(MistralTelemetry.create(telemetry.sdk).observer())
            .build();

    @BeforeEach
    void resetFaults() {
        SIMULATOR.simulator().faults().clear();
        SIMULATOR.simulator().resetCallCounts();
    }

    @AfterEach
    void close() {
        client.close();
        telemetry.close();
    }

    @Test
    void aCallThatSucceedsOnItsThirdAttemptIsOneSpanWithTwoRetryEvents() {
        SIMULATOR.simulator().faults().on(CHAT).calls(1, 2, Fault.status(503));

        String logged = captureErr(() -> client.chat().complete(REQUEST));

        Assertions.assertThat(SIMULATOR.simulator().attempts(CHAT)).isEqualTo(3);
        SpanData span = telemetry.onlySpan();
        assertThat(span).hasName("chat mistral-small-latest")
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.UNSET))
                .hasAttribute(GenAiConventions.HTTP_REQUEST_RESEND_COUNT, 2L)
                .hasEventsSatisfyingExactly(
                        first -> first.hasName("mistral4j.retry").hasAttributesSatisfyingExactly(
                                equalTo(GenAiConventions.RETRY_ATTEMPT, 1L),
                                equalTo(GenAiConventions.ERROR_TYPE, "503"),
                                equalTo(GenAiConventions.RETRY_DELAY, 0.01)),
                        second -> second.hasName("mistral4j.retry").hasAttributesSatisfyingExactly(
                                equalTo(GenAiConventions.RETRY_ATTEMPT, 2L),
                                equalTo(GenAiConventions.ERROR_TYPE, "503"),
                                equalTo(GenAiConventions.RETRY_DELAY, 0.02)));
        Assertions.assertThat(span.getAttributes().get(GenAiConventions.ERROR_TYPE)).isNull();
        Assertions.assertThat(span.getAttributes().get(GenAiConventions.USAGE_OUTPUT_TOKENS)).isPositive();
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_OPERATION_DURATION)).singleElement()
                .satisfies(point -> Assertions.assertThat(point.getCount()).isEqualTo(1));
        Assertions.assertThat(logged).containsPattern("POST /v1/chat/completions -> 200 in \\d+ ms, attempt 3 ");
        Assertions.assertThat(logged.split("POST /v1/chat/completions -> ", -1)).as("one DEBUG line per call")
                .hasSize(2);
    }

    @Test
    void aCallWhoseAttemptsRanOutEndsInTheLastError() {
        SIMULATOR.simulator().faults().on(CHAT).always(Fault.status(502));

        Throwable thrown = Assertions.catchThrowable(() -> client.chat().complete(REQUEST));

        Assertions.assertThat(thrown).isInstanceOf(InternalServerException.class);
        assertThat(telemetry.onlySpan()).hasAttribute(GenAiConventions.ERROR_TYPE, "502")
                .hasAttribute(GenAiConventions.HTTP_REQUEST_RESEND_COUNT, 2L)
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.ERROR))
                .hasException(thrown)
                .hasTotalRecordedEvents(3); // two retries and the exception
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_OPERATION_DURATION)).singleElement()
                .satisfies(point -> Assertions.assertThat(point.getAttributes().get(GenAiConventions.ERROR_TYPE))
                        .isEqualTo("502"));
    }

    @Test
    void aStreamRetriedBeforeItsFirstEventIsOneSpanWithTimeToFirstChunk() {
        SIMULATOR.simulator().faults().on(CHAT).call(1, Fault.status(503));

        try (ChatCompletionStream stream = client.chat().stream(REQUEST)) {
            stream.forEachRemaining(chunk -> { });
        }

        assertThat(telemetry.onlySpan()).hasAttribute(GenAiConventions.REQUEST_STREAM, true)
                .hasAttribute(GenAiConventions.HTTP_REQUEST_RESEND_COUNT, 1L)
                .hasTotalRecordedEvents(1)
                .hasAttributesSatisfying(attributes -> Assertions.assertThat(attributes.asMap())
                        .containsKey(GenAiConventions.RESPONSE_TIME_TO_FIRST_CHUNK));
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK)).hasSize(1);
    }

    private static String captureErr(Runnable action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
