package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.StandardError;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.RequestHeaderPropagator;
import io.mistral4j.spi.TransportRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link RequestHeaderPropagator} can do to a request: add headers, to every attempt,
 * and nothing else; never credentials, never a header the request already has.
 */
class PropagatedHeadersTest {

    private static final String KEY = "sk-propagated-7e6d5c";
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final String COMPLETION = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,"
            + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}";

    private final FakeTransport transport = new FakeTransport();
    private MistralClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private MistralClient client(RequestHeaderPropagator... propagators) {
        MistralClient.Builder builder = MistralClient.builder().apiKey(KEY).baseUrl("https://api.example.test")
                .defaultHeader("X-Team", "search").transport(transport)
                .retry(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(1)).build());
        for (RequestHeaderPropagator propagator : propagators) {
            builder.addHeaderPropagator(propagator);
        }
        client = builder.build();
        return client;
    }

    private static ChatCompletionRequest request() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Hi").build();
    }

    private static RequestHeaderPropagator offering(String... pairs) {
        return (call, listeners) -> {
            Headers.Builder headers = Headers.builder();
            for (int i = 0; i < pairs.length; i += 2) {
                headers.add(pairs[i], pairs[i + 1]);
            }
            return headers.build();
        };
    }

    @Test
    void itsHeadersGoOutWithEveryAttempt() {
        transport.answer(503, "{\"message\":\"busy\"}");
        transport.answer(200, COMPLETION);

        client(offering("traceparent", TRACEPARENT, "baggage", "tenant=7")).chat().complete(request());

        assertThat(transport.requests()).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.headers().all("traceparent")).containsExactly(TRACEPARENT);
            assertThat(sent.headers().all("baggage")).containsExactly("tenant=7");
        });
    }

    @Test
    void itCannotSetCredentialsNorHeadersOfTheMessageOrConnection() {
        transport.answer(200, COMPLETION);

        client(offering("Authorization", "Bearer not-the-key", "X-API-Key", "sk-other", "Proxy-Authorization",
                "Basic eA==", "Cookie", "session=1", "Host", "evil.example", "Content-Type", "text/plain",
                "Content-Length", "1", "Transfer-Encoding", "chunked", "traceparent", TRACEPARENT))
                .chat().complete(request());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.headers().all("Authorization")).containsExactly("Bearer " + KEY);
        assertThat(sent.headers().all("Content-Type")).containsExactly("application/json");
        assertThat(sent.headers().names()).doesNotContain("X-API-Key", "Proxy-Authorization", "Cookie", "Host",
                "Content-Length", "Transfer-Encoding");
        assertThat(sent.headers().all("traceparent")).containsExactly(TRACEPARENT);
    }

    @Test
    void itNeverReplacesAHeaderTheRequestHasAndTheFirstPropagatorWins() {
        transport.answer(200, COMPLETION);

        client(offering("X-Team", "propagator", "traceparent", TRACEPARENT, "accept", "text/plain"),
                offering("traceparent", "00-ffffffffffffffffffffffffffffffff-ffffffffffffffff-01", "baggage", "a=1"))
                .chat().complete(request());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.headers().all("X-Team")).containsExactly("search");
        assertThat(sent.headers().all("Accept")).containsExactly("application/json");
        assertThat(sent.headers().all("traceparent")).containsExactly(TRACEPARENT);
        assertThat(sent.headers().all("baggage")).containsExactly("a=1");
    }

    @Test
    void aRefusedHeaderIsWarnedAboutOncePerPropagator() {
        transport.answer(200, COMPLETION);
        transport.answer(200, COMPLETION);
        MistralClient propagating = client(offering("Authorization", "Bearer not-the-key"));

        String logged = StandardError.capture(() -> {
            propagating.chat().complete(request());
            propagating.chat().complete(request());
        });

        assertThat(logged.split("may not set the Authorization header", -1)).hasSize(2);
        assertThat(logged).doesNotContain("not-the-key", KEY);
    }

    @Test
    void aPropagatorThatThrowsIsSkippedAndTheOthersStillAdd() {
        transport.answer(200, COMPLETION);
        RequestHeaderPropagator broken = (call, listeners) -> {
            throw new IllegalStateException("broken propagator");
        };

        String logged = StandardError.capture(() ->
                client(broken, offering("traceparent", TRACEPARENT)).chat().complete(request()));

        assertThat(transport.requests().get(0).headers().all("traceparent")).containsExactly(TRACEPARENT);
        assertThat(logged).contains("broken propagator");
    }
}
