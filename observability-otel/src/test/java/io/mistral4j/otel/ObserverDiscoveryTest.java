package io.mistral4j.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.opentelemetry.api.GlobalOpenTelemetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With this module on the class path, every client reports to {@link GlobalOpenTelemetry}
 * without code; an observer added explicitly takes the discovered one's place, so a call is
 * reported once; and an unset global is never fixed to a no-op.
 */
class ObserverDiscoveryTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder().model("mistral-small-latest")
            .addUserMessage("hi").build();

    @AfterEach
    void resetGlobal() {
        GlobalOpenTelemetry.resetForTest();
        System.clearProperty(TelemetrySettings.PROPAGATE_PROPERTY);
    }

    private static MistralClient.Builder builder() {
        return MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY).baseUrl(SIMULATOR.baseUrl());
    }

    @Test
    void theDiscoveredObserverReportsToTheGlobalInstanceOnceItIsSet() {
        try (TestTelemetry global = TestTelemetry.create(); MistralClient client = builder().build()) {
            client.chat().complete(REQUEST);
            assertThat(GlobalOpenTelemetry.isSet()).as("a call before the global is set leaves it unset").isFalse();

            GlobalOpenTelemetry.set(global.sdk);
            client.chat().complete(REQUEST);

            assertThat(global.onlySpan().getName()).isEqualTo("chat mistral-small-latest");
            assertThat(global.points(GenAiConventions.METRIC_OPERATION_DURATION)).hasSize(1);
        }
    }

    @Test
    void anExplicitObserverReplacesTheDiscoveredOneSoACallIsReportedOnce() {
        try (TestTelemetry global = TestTelemetry.create(); TestTelemetry explicit = TestTelemetry.create()) {
            GlobalOpenTelemetry.set(global.sdk);
            try (MistralClient client = builder()
                    .addObserver(MistralTelemetry.create(explicit.sdk).observer()).build()) {
                client.chat().complete(REQUEST);
            }

            assertThat(explicit.spans()).hasSize(1);
            assertThat(explicit.points(GenAiConventions.METRIC_OPERATION_DURATION)).hasSize(1);
            assertThat(global.spans()).isEmpty();
            assertThat(global.metrics()).isEmpty();
        }
    }

    @Test
    void theDiscoveredObserverTakesItsSettingsFromSystemProperties() {
        System.setProperty(TelemetrySettings.PROPAGATE_PROPERTY, "true");
        try (TestTelemetry global = TestTelemetry.withW3cPropagation(); MistralClient client = builder().build()) {
            GlobalOpenTelemetry.set(global.sdk);
            client.chat().complete(REQUEST);

            String traceparent = SIMULATOR.requests().get(0).header("traceparent");
            assertThat(traceparent).isEqualTo(ContextPropagationTest.traceparentOf(global.onlySpan()));
        }
    }
}
