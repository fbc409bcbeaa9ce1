package io.mistral4j.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.mistral4j.tck.simulator.RecordedRequest;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code traceparent} goes out with each request when propagation is on, naming the call's own span; never otherwise. */
class ContextPropagationTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder().model("mistral-small-latest")
            .addUserMessage("hi").build();

    private static MistralClient client(MistralTelemetry telemetry) {
        return telemetry.addTo(MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY)
                .baseUrl(SIMULATOR.baseUrl())).build();
    }

    /** The W3C header naming {@code span}: version, trace id, span id and trace flags. */
    static String traceparentOf(SpanData span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getSpanContext().getTraceFlags().asHex();
    }

    private static RecordedRequest onlyRequest() {
        assertThat(SIMULATOR.requests()).hasSize(1);
        return SIMULATOR.requests().get(0);
    }

    @Test
    void whenEnabledTheRequestCarriesTheTraceContextOfTheCallsSpan() {
        try (TestTelemetry telemetry = TestTelemetry.withW3cPropagation();
             MistralClient client = client(MistralTelemetry.builder(telemetry.sdk).propagateContext(true).build())) {
            Span parent = telemetry.sdk.getTracer("test").spanBuilder("job").startSpan();
            try (Scope ignored = parent.makeCurrent()) {
                client.chat().complete(REQUEST);
            } finally {
                parent.end();
            }

            SpanData chat = telemetry.spans().get(0);
            assertThat(chat.getName()).isEqualTo("chat mistral-small-latest");
            assertThat(chat.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
            assertThat(onlyRequest().header("traceparent"))
                    .isEqualTo(traceparentOf(chat));
        }
    }

    @Test
    void anInstanceWithoutPropagatorsStillSendsW3cTraceContextWhenAskedTo() {
        try (TestTelemetry telemetry = TestTelemetry.create();
             MistralClient client = client(MistralTelemetry.builder(telemetry.sdk).propagateContext(true).build())) {
            try (ChatCompletionStream stream = client.chat().stream(REQUEST)) {
                stream.forEachRemaining(chunk -> { });
            }

            SpanData chat = telemetry.onlySpan();
            assertThat(onlyRequest().header("traceparent"))
                    .isEqualTo(traceparentOf(chat));
        }
    }

    @Test
    void byDefaultNoTraceContextLeavesTheProcess() {
        try (TestTelemetry telemetry = TestTelemetry.withW3cPropagation();
             MistralClient client = client(MistralTelemetry.create(telemetry.sdk))) {
            client.chat().complete(REQUEST);

            assertThat(telemetry.spans()).hasSize(1);
            assertThat(onlyRequest().header("traceparent")).isNull();
        }
    }

    @Test
    void theServiceLoaderPropagatorServesAnObserverAddedAlone() {
        try (TestTelemetry telemetry = TestTelemetry.withW3cPropagation();
             MistralClient client = MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY)
                     .baseUrl(SIMULATOR.baseUrl())
                     .addObserver(MistralTelemetry.builder(telemetry.sdk).propagateContext(true).build().observer())
                     .build()) {
            client.chat().complete(REQUEST);

            assertThat(onlyRequest().header("traceparent")).isEqualTo(traceparentOf(telemetry.onlySpan()));
        }
    }

    @Test
    void thePropagatorSendsNothingForACallNoTelemetryObserves() {
        assertThat(new OpenTelemetryHeaderPropagator().headersFor(null, java.util.List.of(
                io.mistral4j.spi.CallListener.NONE)).isEmpty()).isTrue();
    }
}
