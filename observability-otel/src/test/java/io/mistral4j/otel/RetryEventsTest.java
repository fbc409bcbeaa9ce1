package io.mistral4j.otel;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;

import io.mistral4j.Headers;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.ServiceError;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import java.net.URI;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retries are events on the call's one span, each with the number of the attempt that failed,
 * why, and the wait; the span says how many times the request was sent again. The retry
 * decorator reports retries through {@code CallListener.onRetry}; this test plays those events
 * to the call's listener directly, in the order the client sends them, for the cases a server cannot
 * easily stage ({@code RetriedCallTelemetryTest} runs retries end to end).
 */
class RetryEventsTest {

    private final TestTelemetry telemetry = TestTelemetry.create();
    private final CallObserver observer = MistralTelemetry.create(telemetry.sdk).observer();

    @AfterEach
    void close() {
        telemetry.close();
    }

    private static ApiCall chat() {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("mistral-small-latest")
                .addUserMessage("hi").build();
        return new ApiCall("chat", "mistral-small-latest", "POST", "/v1/chat/completions", null, null, false, request,
                RequestOptions.none(), null, true);
    }

    private static MistralServiceException unavailable() {
        return MistralServiceException.of(new ServiceError(503, Headers.empty(), "{\"message\":\"busy\"}", null,
                "req-9", "POST /v1/chat/completions"));
    }

    /** The call's listener, told of the request as the client tells it. */
    private CallListener start(ApiCall call) {
        CallListener listener = observer.onStart(call);
        listener.onRequest(URI.create("https://api.mistral.ai/v1/chat/completions"));
        return listener;
    }

    @Test
    void eachRetryIsAnEventWithItsAttemptOnTheCallsOneSpan() {
        CallListener listener = start(chat());
        listener.onRetry(1, unavailable(), Duration.ofMillis(250));
        listener.onRetry(2, new MistralConnectionException("connection reset", null), Duration.ofMillis(500));
        listener.onResponse(200, Headers.empty());
        listener.onUsage(12, 4);
        listener.onEnd();

        assertThat(telemetry.onlySpan()).hasName("chat mistral-small-latest")
                .hasAttribute(GenAiConventions.HTTP_REQUEST_RESEND_COUNT, 2L)
                .hasAttribute(GenAiConventions.SERVER_ADDRESS, "api.mistral.ai")
                .hasAttribute(GenAiConventions.SERVER_PORT, 443L)
                .hasEventsSatisfyingExactly(
                        first -> first.hasName("mistral4j.retry").hasAttributesSatisfyingExactly(
                                equalTo(GenAiConventions.RETRY_ATTEMPT, 1L),
                                equalTo(GenAiConventions.ERROR_TYPE, "503"),
                                equalTo(GenAiConventions.RETRY_DELAY, 0.25)),
                        second -> second.hasName("mistral4j.retry").hasAttributesSatisfyingExactly(
                                equalTo(GenAiConventions.RETRY_ATTEMPT, 2L),
                                equalTo(GenAiConventions.ERROR_TYPE, MistralConnectionException.class.getName()),
                                equalTo(GenAiConventions.RETRY_DELAY, 0.5)));
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_OPERATION_DURATION)).hasSize(1)
                .allSatisfy(point -> Assertions.assertThat(point.getAttributes().get(GenAiConventions.ERROR_TYPE))
                        .as("a call that succeeded after retries has no error type").isNull());
    }

    @Test
    void aCallWhoseRetriesRanOutEndsWithTheLastFailure() {
        CallListener listener = start(chat());
        listener.onRetry(1, unavailable(), Duration.ofMillis(100));
        listener.onResponse(503, Headers.empty());
        listener.onError(unavailable());

        assertThat(telemetry.onlySpan()).hasAttribute(GenAiConventions.ERROR_TYPE, "503")
                .hasAttribute(GenAiConventions.HTTP_REQUEST_RESEND_COUNT, 1L)
                .hasTotalRecordedEvents(2); // the retry, and the exception
    }

    @Test
    void aCallNeverRetriedHasNoResendCount() {
        start(chat()).onEnd();

        assertThat(telemetry.onlySpan()).hasTotalRecordedEvents(0).hasAttributesSatisfying(attributes ->
                Assertions.assertThat(attributes.get(GenAiConventions.HTTP_REQUEST_RESEND_COUNT)).isNull());
    }

    @Test
    void twoEqualCallsInFlightAreTwoSpans() {
        ApiCall first = chat();
        ApiCall second = new ApiCall(first.operation(), first.model(), first.method(), first.path(), first.query(),
                first.body(), first.streaming(), first.request(), first.options(), first.listQuery(), first.safeToRepeat());
        Assertions.assertThat(second).isEqualTo(first);

        CallListener firstListener = start(first);
        CallListener secondListener = start(second);
        secondListener.onRetry(1, unavailable(), Duration.ZERO);
        firstListener.onEnd();
        secondListener.onEnd();

        Assertions.assertThat(telemetry.spans()).hasSize(2);
        Assertions.assertThat(telemetry.spans()).filteredOn(span -> span.getTotalRecordedEvents() == 1).hasSize(1);
    }

    @Test
    void withoutInstrumentsACallIsIgnored() {
        CallObserver unset = new OpenTelemetryCallObserver(() -> null);

        Assertions.assertThat(unset.onStart(chat())).isSameAs(CallListener.NONE);
    }
}
