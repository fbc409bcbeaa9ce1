package io.mistral4j.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentListRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every kind of call (plain, streamed, asynchronous, agents, refused with 401, failed
 * with 400 and 404, retried until it gave up) with a known key, message capture and propagation on and the client's logs
 * at TRACE (set for this module's tests), then scans every span, attribute, event, metric point
 * and log line: the key is in none of them. A message that quotes the key is logged with the key
 * hidden.
 */
class NoSecretLeakTest {

    private static final String KEY = "sk-otel-leak-canary-5e4d3c2b1a";

    @Test
    void theKeyIsInNoSpanAttributeEventMetricOrLogLine() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (TestTelemetry telemetry = TestTelemetry.withW3cPropagation();
             MistralSimulator accepting = MistralSimulator.builder().apiKey(KEY).start();
             MistralSimulator refusing = MistralSimulator.builder().apiKey("sk-another-key").start();
             MistralClient good = client(accepting, MistralTelemetry.builder(telemetry.sdk)
                     .captureMessageContent(true).propagateContext(true).build());
             MistralClient quoting = client(accepting, MistralTelemetry.create(telemetry.sdk));
             MistralClient refused = client(refusing, MistralTelemetry.create(telemetry.sdk))) {
            ChatCompletionRequest request = ChatCompletionRequest.builder().model("mistral-small-latest")
                    .addSystemMessage("Be brief.").addUserMessage("hello").build();

            good.chat().complete(request);
            try (ChatCompletionStream stream = good.chat().stream(request)) {
                stream.forEachRemaining(chunk -> { });
            }
            good.chat().completeAsync(request).join();
            Agent agent = good.agents().create(AgentCreationRequest.builder().model("mistral-medium-latest")
                    .name("a").build());
            good.agents().complete(AgentsCompletionRequest.builder().agentId(agent.id()).addUserMessage("hi").build());
            good.agents().list(AgentListRequest.builder().pageSize(2).build());
            quoting.chat().complete(ChatCompletionRequest.builder().model("mistral-small-latest")
                    .addUserMessage("my key is " + KEY + ", keep it safe").build());
            failQuietly(() -> good.agents().get("ag_missing"));
            failQuietly(() -> good.chat().complete(request.toBuilder().model("no-such-model").build()));
            failQuietly(() -> refused.chat().complete(request));
            failQuietly(() -> refused.chat().stream(request));
            accepting.faults().on("POST /v1/chat/completions").always(Fault.status(503));
            failQuietly(() -> good.chat().complete(request));

            List<String> telemetryText = new ArrayList<>();
            for (SpanData span : telemetry.spans()) {
                telemetryText.add(span.toString());
                span.getAttributes().forEach((key, value) -> telemetryText.add(key + "=" + value));
                for (EventData event : span.getEvents()) {
                    telemetryText.add(event.toString());
                }
                telemetryText.add(span.getStatus().toString());
            }
            for (MetricData metric : telemetry.metrics()) {
                telemetryText.add(metric.toString());
            }

            assertThat(telemetry.spans()).hasSize(12);
            assertThat(telemetry.spans()).anySatisfy(span -> assertThat(span.getEvents())
                    .extracting(EventData::getName).contains(GenAiConventions.EVENT_RETRY));
            assertThat(telemetry.metrics()).isNotEmpty();
            assertThat(String.join("\n", telemetryText)).contains("gen_ai.input.messages", "hello")
                    .doesNotContain(KEY);
        } finally {
            System.setErr(originalErr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);

        assertThat(logged).as("TRACE wire lines were captured").contains("--> POST", "Authorization=[redacted]",
                "body: {", "event: {", "POST /v1/chat/completions -> 401", "attempt 1");
        assertThat(logged).as("the message quoting the key is logged without it").contains("my key is [redacted]");
        assertThat(logged).doesNotContain(KEY);
    }

    private static MistralClient client(MistralSimulator simulator, MistralTelemetry telemetry) {
        return MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).addObserver(telemetry.observer())
                .retry(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(5))
                        .maxBackoff(Duration.ofMillis(5)).build())
                .build();
    }

    private static void failQuietly(Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected a failure");
        } catch (RuntimeException expected) {
            // the failure's telemetry and logs are what is scanned
        }
    }
}
