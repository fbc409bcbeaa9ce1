package io.mistral4j.otel;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.mistral4j.tools.JavaTool;
import io.mistral4j.tools.ToolRunResult;
import io.mistral4j.tools.ToolRunner;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tool loop's tools as {@code execute_tool} spans beside the chat calls' spans. */
class ToolTelemetryTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    record City(String city) {
    }

    private final TestTelemetry telemetry = TestTelemetry.create();
    private final CallObserver observer = MistralTelemetry.create(telemetry.sdk).observer();
    private final MistralClient client = MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY)
            .baseUrl(SIMULATOR.baseUrl()).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void eachToolRunIsAnExecuteToolSpan() {
        ToolRunResult result = ToolRunner.builder(client.chat())
                .tool(JavaTool.of("get_weather", "Current weather in a city", City.class, city -> "sunny"))
                .tool(JavaTool.of("get_local_time", "Current local time in a city", City.class, city -> {
                    throw new IllegalStateException("clock unavailable");
                }))
                .toolTimeout(Duration.ofSeconds(10))
                .observer(observer)
                .build()
                .run(ChatCompletionRequest.builder().model("mistral-small-latest")
                        .addUserMessage("What is the weather in Paris, and the local time?").build());

        Assertions.assertThat(result.rounds()).isEqualTo(2);
        List<SpanData> tools = telemetry.spans().stream().filter(s -> s.getName().startsWith("execute_tool")).toList();
        Assertions.assertThat(tools).hasSize(2);
        String weatherCallId = result.executions().get(0).call().id();
        assertThat(tools.get(0)).hasName("execute_tool get_weather").hasKind(SpanKind.INTERNAL)
                .hasAttributesSatisfyingExactly(
                        equalTo(GenAiConventions.OPERATION_NAME, "execute_tool"),
                        equalTo(GenAiConventions.PROVIDER_NAME, "mistral_ai"),
                        equalTo(GenAiConventions.TOOL_TYPE, "function"),
                        equalTo(GenAiConventions.TOOL_NAME, "get_weather"),
                        equalTo(GenAiConventions.TOOL_CALL_ID, weatherCallId));
        assertThat(tools.get(1)).hasName("execute_tool get_local_time")
                .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.create(StatusCode.ERROR, "clock unavailable"));
        Assertions.assertThat(tools.get(1).getAttributes().get(GenAiConventions.ERROR_TYPE))
                .isEqualTo(IllegalStateException.class.getName());
        Assertions.assertThat(telemetry.spans().stream().filter(s -> s.getName().startsWith("chat"))).hasSize(2);
    }
}
