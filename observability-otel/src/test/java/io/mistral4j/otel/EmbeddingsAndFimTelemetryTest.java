package io.mistral4j.otel;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.embeddings.EncodingFormat;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.fim.FimCompletionRequest;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The other GenAI operations against the simulator: embeddings (input tokens only, as the
 * conventions give them) and fill-in-the-middle completions ({@code text_completion}), plain,
 * streamed and refused.
 */
class EmbeddingsAndFimTelemetryTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private final TestTelemetry telemetry = TestTelemetry.create();
    private final MistralClient client = MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY)
            .baseUrl(SIMULATOR.baseUrl())
            .addObserver(MistralTelemetry.create(telemetry.sdk).observer())
            .build();

    @AfterEach
    void close() {
        client.close();
        telemetry.close();
    }

    private long port() {
        return SIMULATOR.simulator().port();
    }

    @Test
    void anEmbeddingsCallIsAnEmbeddingsSpanWithInputTokensOnly() {
        EmbeddingResponse response = client.embeddings().create(EmbeddingRequest.builder().model("mistral-embed")
                .input("Paris is in France.", "Rome is in Italy.").outputDimension(256)
                .encodingFormat(EncodingFormat.FLOAT).build());

        assertThat(telemetry.onlySpan()).hasName("embeddings mistral-embed").hasKind(SpanKind.CLIENT)
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.OPERATION_NAME, "embeddings"),
                        equalTo(GenAiConventions.PROVIDER_NAME, "mistral_ai"),
                        equalTo(GenAiConventions.REQUEST_MODEL, "mistral-embed"),
                        equalTo(GenAiConventions.REQUEST_ENCODING_FORMATS, List.of("float")),
                        equalTo(GenAiConventions.EMBEDDINGS_DIMENSION_COUNT, 256L),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.RESPONSE_MODEL, response.model()),
                        equalTo(GenAiConventions.USAGE_INPUT_TOKENS, (long) response.usage().promptTokens()));
        Assertions.assertThat(response.usage().promptTokens()).isPositive();

        Attributes common = Attributes.builder()
                .put(GenAiConventions.OPERATION_NAME, "embeddings")
                .put(GenAiConventions.PROVIDER_NAME, "mistral_ai")
                .put(GenAiConventions.REQUEST_MODEL, "mistral-embed")
                .put(GenAiConventions.RESPONSE_MODEL, response.model())
                .put(GenAiConventions.SERVER_ADDRESS, "127.0.0.1")
                .put(GenAiConventions.SERVER_PORT, port())
                .build();
        List<HistogramPointData> tokens = telemetry.points(GenAiConventions.METRIC_TOKEN_USAGE);
        Assertions.assertThat(tokens).hasSize(1);
        Assertions.assertThat(tokens.get(0).getSum()).isEqualTo(response.usage().promptTokens());
        Assertions.assertThat(tokens.get(0).getAttributes())
                .isEqualTo(common.toBuilder().put(GenAiConventions.TOKEN_TYPE, "input").build());
        List<HistogramPointData> duration = telemetry.points(GenAiConventions.METRIC_OPERATION_DURATION);
        Assertions.assertThat(duration).hasSize(1);
        Assertions.assertThat(duration.get(0).getAttributes()).isEqualTo(common);
        Assertions.assertThat(duration.get(0).getBoundaries()).isEqualTo(GenAiConventions.DURATION_BUCKETS);
    }

    @Test
    void aFimCompletionIsATextCompletionSpan() {
        ChatCompletionResponse response = client.fim().complete(FimCompletionRequest.builder()
                .model("codestral-latest").prompt("def add(a, b):").suffix("    return c").temperature(0.1)
                .maxTokens(32).randomSeed(3L).stop("\n\n").build());

        assertThat(telemetry.onlySpan()).hasName("text_completion codestral-latest")
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.OPERATION_NAME, "text_completion"),
                        equalTo(GenAiConventions.PROVIDER_NAME, "mistral_ai"),
                        equalTo(GenAiConventions.REQUEST_MODEL, "codestral-latest"),
                        equalTo(GenAiConventions.REQUEST_TEMPERATURE, 0.1),
                        equalTo(GenAiConventions.REQUEST_MAX_TOKENS, 32L),
                        equalTo(GenAiConventions.REQUEST_SEED, 3L),
                        equalTo(GenAiConventions.REQUEST_STOP_SEQUENCES, List.of("\n\n")),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.RESPONSE_ID, response.id()),
                        equalTo(GenAiConventions.RESPONSE_MODEL, response.model()),
                        equalTo(GenAiConventions.RESPONSE_FINISH_REASONS,
                                List.of(response.firstChoice().finishReason().value())),
                        equalTo(GenAiConventions.USAGE_INPUT_TOKENS, (long) response.usage().promptTokens()),
                        equalTo(GenAiConventions.USAGE_OUTPUT_TOKENS, (long) response.usage().completionTokens()));
    }

    @Test
    void aStreamedFimCompletionRecordsTimeToFirstChunk() {
        try (ChatCompletionStream stream = client.fim().stream(FimCompletionRequest.builder()
                .model("codestral-latest").prompt("def add(a, b):").build())) {
            stream.forEachRemaining(chunk -> { });
        }

        assertThat(telemetry.onlySpan()).hasName("text_completion codestral-latest")
                .hasAttribute(GenAiConventions.REQUEST_STREAM, true);
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK)).hasSize(1)
                .allSatisfy(point -> Assertions.assertThat(point.getAttributes()
                        .get(GenAiConventions.OPERATION_NAME)).isEqualTo("text_completion"));
    }

    @Test
    void aRefusedCallHasTheStatusAsItsErrorType() {
        // The canonical constructor skips the builder's checks, so the server is the one to refuse.
        FimCompletionRequest tooHot = new FimCompletionRequest("codestral-latest", "x", null, 2.0, null, null, null,
                null, null, null, null);

        Throwable thrown = Assertions.catchThrowable(() -> client.fim().complete(tooHot));

        Assertions.assertThat(thrown).isInstanceOf(UnprocessableEntityException.class);
        assertThat(telemetry.onlySpan()).hasAttribute(GenAiConventions.ERROR_TYPE, "422")
                .hasAttribute(GenAiConventions.REQUEST_TEMPERATURE, 2.0)
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.ERROR)).hasException(thrown);
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_OPERATION_DURATION)).singleElement()
                .satisfies(point -> Assertions.assertThat(point.getAttributes().get(GenAiConventions.ERROR_TYPE))
                        .isEqualTo("422"));
    }
}
