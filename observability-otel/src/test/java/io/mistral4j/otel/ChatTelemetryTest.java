package io.mistral4j.otel;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.satisfies;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.Usage;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat calls against the simulator, as the in-memory exporters see them: the exact span (name,
 * kind, every attribute) and metric points of a plain, a streamed, an asynchronous and a
 * failed call.
 */
class ChatTelemetryTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static final String MODEL = "mistral-small-latest";
    private static final double[] DURATION_BUCKETS =
            GenAiConventions.DURATION_BUCKETS.stream().mapToDouble(Double::doubleValue).toArray();
    private static final double[] TOKEN_BUCKETS =
            GenAiConventions.TOKEN_USAGE_BUCKETS.stream().mapToDouble(Long::doubleValue).toArray();

    private final TestTelemetry telemetry = TestTelemetry.create();
    private final OpenTelemetryCallObserver observer =
            (OpenTelemetryCallObserver) MistralTelemetry.create(telemetry.sdk).observer();
    private final MistralClient client = MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY)
            .baseUrl(SIMULATOR.baseUrl())
            .addObserver(observer)
            .build();

    @AfterEach
    void close() {
        client.close();
        telemetry.close();
    }

    private static ChatCompletionRequest request() {
        return ChatCompletionRequest.builder().model(MODEL).addUserMessage("Who painted the Mona Lisa?")
                .temperature(0.3).topP(0.9).maxTokens(64).randomSeed(42L).stop(List.of("END"))
                .presencePenalty(0.1).frequencyPenalty(0.2).build();
    }

    private long port() {
        return SIMULATOR.simulator().port();
    }

    @Test
    void aChatCallIsOneClientSpanWithTheGenAiAttributes() {
        ChatCompletionResponse response = client.chat().complete(request());

        SpanData span = telemetry.onlySpan();
        assertThat(span).hasName("chat " + MODEL).hasKind(SpanKind.CLIENT).hasNoParent()
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.UNSET))
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.OPERATION_NAME, "chat"),
                        equalTo(GenAiConventions.PROVIDER_NAME, "mistral_ai"),
                        equalTo(GenAiConventions.REQUEST_MODEL, MODEL),
                        equalTo(GenAiConventions.REQUEST_TEMPERATURE, 0.3),
                        equalTo(GenAiConventions.REQUEST_TOP_P, 0.9),
                        equalTo(GenAiConventions.REQUEST_MAX_TOKENS, 64L),
                        equalTo(GenAiConventions.REQUEST_SEED, 42L),
                        equalTo(GenAiConventions.REQUEST_STOP_SEQUENCES, List.of("END")),
                        equalTo(GenAiConventions.REQUEST_PRESENCE_PENALTY, 0.1),
                        equalTo(GenAiConventions.REQUEST_FREQUENCY_PENALTY, 0.2),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.RESPONSE_ID, response.id()),
                        equalTo(GenAiConventions.RESPONSE_MODEL, response.model()),
                        equalTo(GenAiConventions.RESPONSE_FINISH_REASONS,
                                List.of(response.firstChoice().finishReason().value())),
                        equalTo(GenAiConventions.USAGE_INPUT_TOKENS, (long) response.usage().promptTokens()),
                        equalTo(GenAiConventions.USAGE_OUTPUT_TOKENS, (long) response.usage().completionTokens()));
        Assertions.assertThat(response.id()).isNotBlank();
        Assertions.assertThat(response.usage().promptTokens()).isPositive();
        Assertions.assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo("io.mistral4j.otel");
        Assertions.assertThat(span.getInstrumentationScopeInfo().getSchemaUrl())
                .isEqualTo("https://opentelemetry.io/schemas/1.41.0");
    }

    @Test
    void aChatCallRecordsItsDurationAndTokenUsageWithTheConventionsBuckets() {
        ChatCompletionResponse response = client.chat().complete(request());
        Attributes common = Attributes.builder()
                .put(GenAiConventions.OPERATION_NAME, "chat")
                .put(GenAiConventions.PROVIDER_NAME, "mistral_ai")
                .put(GenAiConventions.REQUEST_MODEL, MODEL)
                .put(GenAiConventions.RESPONSE_MODEL, response.model())
                .put(GenAiConventions.SERVER_ADDRESS, "127.0.0.1")
                .put(GenAiConventions.SERVER_PORT, port())
                .build();
        SpanData span = telemetry.onlySpan();
        double spanSeconds = (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e9;

        assertThat(telemetry.metric(GenAiConventions.METRIC_OPERATION_DURATION).orElseThrow())
                .hasUnit("s")
                .hasHistogramSatisfying(histogram -> histogram.hasPointsSatisfying(point -> point
                        .hasCount(1)
                        .hasBucketBoundaries(DURATION_BUCKETS)
                        .hasAttributes(common)
                        .satisfies(data -> Assertions.assertThat(data.getSum())
                                .as("the metric and the span measure the same time")
                                .isCloseTo(spanSeconds, Assertions.within(1e-6)))));
        assertThat(telemetry.metric(GenAiConventions.METRIC_TOKEN_USAGE).orElseThrow())
                .hasUnit("{token}")
                .hasHistogramSatisfying(histogram -> histogram.hasPointsSatisfying(
                        input -> input.hasCount(1).hasSum(response.usage().promptTokens())
                                .hasBucketBoundaries(TOKEN_BUCKETS)
                                .hasAttributes(common.toBuilder().put(GenAiConventions.TOKEN_TYPE, "input").build()),
                        output -> output.hasCount(1).hasSum(response.usage().completionTokens())
                                .hasBucketBoundaries(TOKEN_BUCKETS)
                                .hasAttributes(common.toBuilder().put(GenAiConventions.TOKEN_TYPE, "output").build())));
        Assertions.assertThat(telemetry.metric(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK))
                .as("time to first chunk is for streams only").isEmpty();
    }

    @Test
    void aStreamedCallEndsItsSpanWithTheStreamAndRecordsTimeToFirstChunkAndTheLastChunksUsage() {
        Usage usage;
        String id;
        try (ChatCompletionStream stream = client.chat().stream(request())) {
            stream.next();
            Assertions.assertThat(telemetry.spans()).as("the span is open while the stream is").isEmpty();
            stream.forEachRemaining(chunk -> { });
            usage = stream.accumulated().usage();
            id = stream.accumulated().id();
        }

        SpanData span = telemetry.onlySpan();
        Assertions.assertThat(usage).as("the simulator sends usage in the last chunk").isNotNull();
        assertThat(span).hasName("chat " + MODEL).hasKind(SpanKind.CLIENT)
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.OPERATION_NAME, "chat"),
                        equalTo(GenAiConventions.PROVIDER_NAME, "mistral_ai"),
                        equalTo(GenAiConventions.REQUEST_MODEL, MODEL),
                        equalTo(GenAiConventions.REQUEST_STREAM, true),
                        equalTo(GenAiConventions.REQUEST_TEMPERATURE, 0.3),
                        equalTo(GenAiConventions.REQUEST_TOP_P, 0.9),
                        equalTo(GenAiConventions.REQUEST_MAX_TOKENS, 64L),
                        equalTo(GenAiConventions.REQUEST_SEED, 42L),
                        equalTo(GenAiConventions.REQUEST_STOP_SEQUENCES, List.of("END")),
                        equalTo(GenAiConventions.REQUEST_PRESENCE_PENALTY, 0.1),
                        equalTo(GenAiConventions.REQUEST_FREQUENCY_PENALTY, 0.2),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.RESPONSE_ID, id),
                        equalTo(GenAiConventions.RESPONSE_MODEL, MODEL),
                        equalTo(GenAiConventions.RESPONSE_FINISH_REASONS, List.of("stop")),
                        satisfies(GenAiConventions.RESPONSE_TIME_TO_FIRST_CHUNK, ttfc -> ttfc.isPositive()
                                .isLessThanOrEqualTo((span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e9)),
                        equalTo(GenAiConventions.USAGE_INPUT_TOKENS, (long) usage.promptTokens()),
                        equalTo(GenAiConventions.USAGE_OUTPUT_TOKENS, (long) usage.completionTokens()));

        double ttfc = span.getAttributes().get(GenAiConventions.RESPONSE_TIME_TO_FIRST_CHUNK);
        List<HistogramPointData> firstChunk = telemetry.points(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK);
        Assertions.assertThat(firstChunk).hasSize(1);
        HistogramPointData point = firstChunk.get(0);
        Assertions.assertThat(point.getCount()).isEqualTo(1);
        Assertions.assertThat(point.getSum()).isEqualTo(ttfc);
        Assertions.assertThat(point.getBoundaries()).isEqualTo(GenAiConventions.DURATION_BUCKETS);
        Assertions.assertThat(point.getAttributes()).isEqualTo(Attributes.builder()
                        .put(GenAiConventions.OPERATION_NAME, "chat")
                        .put(GenAiConventions.PROVIDER_NAME, "mistral_ai")
                        .put(GenAiConventions.REQUEST_MODEL, MODEL)
                        .put(GenAiConventions.RESPONSE_MODEL, MODEL)
                        .put(GenAiConventions.SERVER_ADDRESS, "127.0.0.1")
                        .put(GenAiConventions.SERVER_PORT, port())
                        .build());
        List<HistogramPointData> duration = telemetry.points(GenAiConventions.METRIC_OPERATION_DURATION);
        Assertions.assertThat(duration).hasSize(1);
        Assertions.assertThat(duration.get(0).getSum()).isGreaterThan(ttfc);
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TOKEN_USAGE))
                .extracting(HistogramPointData::getSum)
                .containsExactlyInAnyOrder((double) usage.promptTokens(), (double) usage.completionTokens());
    }

    @Test
    void aStreamClosedEarlyEndsItsSpanAtTheCloseWithoutUsage() {
        try (ChatCompletionStream stream = client.chat().stream(request())) {
            stream.next();
        }

        SpanData span = telemetry.onlySpan();
        assertThat(span).hasName("chat " + MODEL).hasEnded()
                .hasAttribute(GenAiConventions.RESPONSE_MODEL, MODEL)
                .hasAttributesSatisfying(attributes -> Assertions.assertThat(attributes.asMap())
                        .containsKey(GenAiConventions.RESPONSE_TIME_TO_FIRST_CHUNK)
                        .doesNotContainKey(GenAiConventions.USAGE_INPUT_TOKENS));
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK)).hasSize(1);
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TOKEN_USAGE)).isEmpty();
    }

    @Test
    void aFailedCallHasTheErrorTypeAnErrorStatusAndTheException() {
        ChatCompletionRequest unknownModel = ChatCompletionRequest.builder().model("no-such-model")
                .addUserMessage("hi").build();

        Throwable thrown = Assertions.catchThrowable(() -> client.chat().complete(unknownModel));

        Assertions.assertThat(thrown).isInstanceOf(BadRequestException.class);
        SpanData span = telemetry.onlySpan();
        assertThat(span).hasName("chat no-such-model").hasKind(SpanKind.CLIENT)
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.ERROR).hasDescription(thrown.getMessage()))
                .hasException(thrown)
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.OPERATION_NAME, "chat"),
                        equalTo(GenAiConventions.PROVIDER_NAME, "mistral_ai"),
                        equalTo(GenAiConventions.REQUEST_MODEL, "no-such-model"),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.ERROR_TYPE, "400"));
        List<HistogramPointData> duration = telemetry.points(GenAiConventions.METRIC_OPERATION_DURATION);
        Assertions.assertThat(duration).hasSize(1);
        Assertions.assertThat(duration.get(0).getCount()).isEqualTo(1);
        Assertions.assertThat(duration.get(0).getAttributes()).isEqualTo(Attributes.builder()
                .put(GenAiConventions.OPERATION_NAME, "chat")
                .put(GenAiConventions.PROVIDER_NAME, "mistral_ai")
                .put(GenAiConventions.REQUEST_MODEL, "no-such-model")
                .put(GenAiConventions.SERVER_ADDRESS, "127.0.0.1")
                .put(GenAiConventions.SERVER_PORT, port())
                .put(GenAiConventions.ERROR_TYPE, "400")
                .build());
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TOKEN_USAGE)).isEmpty();
    }

    @Test
    void aFailedStreamEndsItsSpanInError() {
        ChatCompletionRequest unknownModel = request().toBuilder().model("no-such-model").build();

        assertThatThrownBy(() -> client.chat().stream(unknownModel)).isInstanceOf(BadRequestException.class);

        assertThat(telemetry.onlySpan()).hasName("chat no-such-model").hasAttribute(GenAiConventions.ERROR_TYPE, "400")
                .hasAttribute(GenAiConventions.REQUEST_STREAM, true)
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.ERROR));
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK)).isEmpty();
    }

    @Test
    void anAsyncCallIsAChildOfTheCallersSpanAndEndsWhenItCompletes() {
        Span parent = telemetry.sdk.getTracer("test").spanBuilder("handle request").startSpan();
        ChatCompletionResponse response;
        try (Scope ignored = parent.makeCurrent()) {
            response = client.chat().completeAsync(request()).join();
        } finally {
            parent.end();
        }

        SpanData chat = telemetry.spans().stream().filter(span -> span.getName().startsWith("chat")).findFirst()
                .orElseThrow();
        assertThat(chat).hasParentSpanId(parent.getSpanContext().getSpanId())
                .hasTraceId(parent.getSpanContext().getTraceId())
                .hasAttribute(GenAiConventions.RESPONSE_ID, response.id());
    }

    @Test
    void everyCallEndsItsOwnSpanWhateverWayItEnds() {
        client.chat().complete(request());
        client.chat().completeAsync(request()).join();
        try (ChatCompletionStream stream = client.chat().stream(request())) {
            stream.next();
        }
        Assertions.catchThrowable(() -> client.chat().complete(request().toBuilder().model("no-such-model").build()));

        Assertions.assertThat(telemetry.spans()).hasSize(4)
                .extracting(span -> span.getSpanId()).doesNotHaveDuplicates();
    }
}
