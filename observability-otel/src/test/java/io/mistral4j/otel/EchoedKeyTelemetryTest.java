package io.mistral4j.otel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.resilience.RetryPolicy;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server on a real socket quotes the request's {@code Authorization} header in its errors (a
 * 503 that is retried, then a 401): the spans record the failures, their messages and stack
 * traces, and the key is in none of them.
 */
class EchoedKeyTelemetryTest {

    private static final String KEY = "sk-otel-echo-canary-8a7b6c5d";

    @Test
    void spansOfFailuresQuotingTheKeyDoNotHoldIt() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = requests.incrementAndGet() == 1 ? 503 : 401;
            byte[] body = ("{\"message\":\"rejected Authorization: " + exchange.getRequestHeaders()
                    .getFirst("Authorization") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        List<String> telemetryText = new ArrayList<>();
        try (TestTelemetry telemetry = TestTelemetry.create();
             MistralClient client = MistralClient.builder().apiKey(KEY)
                     .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                     .addObserver(MistralTelemetry.create(telemetry.sdk).observer())
                     .retry(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(5))
                             .maxBackoff(Duration.ofMillis(5)).build())
                     .build()) {
            try {
                client.chat().complete(ChatCompletionRequest.builder().model("mistral-small-latest")
                        .addUserMessage("hi").build());
                throw new AssertionError("expected a failure");
            } catch (MistralServiceException expected) {
                assertThat(expected.statusCode()).isEqualTo(401);
            }
            for (SpanData span : telemetry.spans()) {
                telemetryText.add(span.toString());
                span.getEvents().forEach(event -> telemetryText.add(event.toString()));
                telemetryText.add(span.getStatus().toString());
            }
            assertThat(telemetry.spans()).singleElement().satisfies(span -> assertThat(span.getEvents())
                    .extracting(EventData::getName).contains(GenAiConventions.EVENT_RETRY, "exception"));
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(2);
        assertThat(String.join("\n", telemetryText)).contains("Authorization: [redacted]").doesNotContain(KEY);
    }
}
