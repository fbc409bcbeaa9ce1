package io.mistral4j.otel;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;

import io.mistral4j.MistralClient;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentListRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agents against the simulator: an agent completion is a GenAI {@code invoke_agent} span with
 * GenAI metrics, while managing agents (create, list, get) are plain HTTP client spans with
 * no GenAI metrics.
 */
class AgentTelemetryTest {

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

    private Agent createAgent() {
        return client.agents().create(AgentCreationRequest.builder().model("mistral-medium-latest").name("pirate")
                .instructions("Answer like a pirate.").build());
    }

    private long port() {
        return SIMULATOR.simulator().port();
    }

    @Test
    void anAgentCompletionIsAnInvokeAgentSpanWithTheAgentAndTheAnswer() {
        Agent agent = createAgent();
        telemetry.spanExporter.reset();

        ChatCompletionResponse response = client.agents().complete(AgentsCompletionRequest.builder()
                .agentId(agent.id()).addUserMessage("Who painted the Mona Lisa?").maxTokens(50).randomSeed(7L)
                .build());

        SpanData span = telemetry.onlySpan();
        assertThat(span).hasName("invoke_agent").hasKind(SpanKind.CLIENT)
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.OPERATION_NAME, "invoke_agent"),
                        equalTo(GenAiConventions.PROVIDER_NAME, "mistral_ai"),
                        equalTo(GenAiConventions.AGENT_ID, agent.id()),
                        equalTo(GenAiConventions.REQUEST_MAX_TOKENS, 50L),
                        equalTo(GenAiConventions.REQUEST_SEED, 7L),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.RESPONSE_ID, response.id()),
                        equalTo(GenAiConventions.RESPONSE_MODEL, response.model()),
                        equalTo(GenAiConventions.RESPONSE_FINISH_REASONS,
                                List.of(response.firstChoice().finishReason().value())),
                        equalTo(GenAiConventions.USAGE_INPUT_TOKENS, (long) response.usage().promptTokens()),
                        equalTo(GenAiConventions.USAGE_OUTPUT_TOKENS, (long) response.usage().completionTokens()));
        Assertions.assertThat(response.model()).isEqualTo("mistral-medium-latest");
        List<HistogramPointData> tokens = telemetry.points(GenAiConventions.METRIC_TOKEN_USAGE);
        Assertions.assertThat(tokens).extracting(point -> point.getAttributes().get(GenAiConventions.TOKEN_TYPE))
                .containsExactlyInAnyOrder("input", "output");
        Assertions.assertThat(tokens).allSatisfy(point -> Assertions.assertThat(point.getAttributes()
                .get(GenAiConventions.OPERATION_NAME)).isEqualTo("invoke_agent"));
    }

    @Test
    void aStreamedAgentCompletionRecordsTimeToFirstChunk() {
        Agent agent = createAgent();
        telemetry.spanExporter.reset();

        try (ChatCompletionStream stream = client.agents().stream(AgentsCompletionRequest.builder()
                .agentId(agent.id()).addUserMessage("Hello").build())) {
            stream.forEachRemaining(chunk -> { });
        }

        assertThat(telemetry.onlySpan()).hasName("invoke_agent")
                .hasAttribute(GenAiConventions.REQUEST_STREAM, true)
                .hasAttributesSatisfying(attributes -> Assertions.assertThat(attributes.asMap())
                        .containsKeys(GenAiConventions.RESPONSE_TIME_TO_FIRST_CHUNK,
                                GenAiConventions.USAGE_OUTPUT_TOKENS));
        Assertions.assertThat(telemetry.points(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK)).hasSize(1);
    }

    @Test
    void managingAgentsGivesHttpClientSpansAndNoGenAiMetrics() {
        Agent agent = createAgent();
        client.agents().list(AgentListRequest.builder().pageSize(5).build());

        List<SpanData> spans = telemetry.spans();
        Assertions.assertThat(spans).hasSize(2);
        assertThat(spans.get(0)).hasName("POST").hasKind(SpanKind.CLIENT)
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.UNSET))
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.HTTP_REQUEST_METHOD, "POST"),
                        equalTo(GenAiConventions.OPERATION, "agents.create"),
                        equalTo(GenAiConventions.URL_FULL, SIMULATOR.baseUrl() + "/v1/agents"),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.HTTP_RESPONSE_STATUS_CODE, 200L));
        assertThat(spans.get(1)).hasName("GET")
                .hasAttribute(GenAiConventions.OPERATION, "agents.list_pages")
                .hasAttribute(GenAiConventions.URL_FULL, SIMULATOR.baseUrl() + "/v1/agents/pages?page_size=5");
        Assertions.assertThat(agent.id()).isNotBlank();
        Assertions.assertThat(telemetry.metrics()).as("HTTP operations are not GenAI operations").isEmpty();
    }

    @Test
    void aFailedHttpCallHasItsStatusAndErrorType() {
        Throwable thrown = Assertions.catchThrowable(() -> client.agents().get("ag_missing"));

        Assertions.assertThat(thrown).isInstanceOf(NotFoundException.class);
        assertThat(telemetry.onlySpan()).hasName("GET")
                .hasStatusSatisfying(status -> status.hasCode(StatusCode.ERROR))
                .hasException(thrown)
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.HTTP_REQUEST_METHOD, "GET"),
                        equalTo(GenAiConventions.OPERATION, "agents.get"),
                        equalTo(GenAiConventions.URL_FULL, SIMULATOR.baseUrl() + "/v1/agents/ag_missing"),
                        equalTo(GenAiConventions.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(GenAiConventions.SERVER_PORT, port()),
                        equalTo(GenAiConventions.HTTP_RESPONSE_STATUS_CODE, 404L),
                        equalTo(GenAiConventions.ERROR_TYPE, "404"));
    }
}
