package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.ApiKey;
import io.mistral4j.ClientOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.StandardError;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.AuthProvider;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The one DEBUG line per call: method, path, status, duration, the attempt that answered and
 * the request id. The attempt comes from the retry events the chain sends, so a chain that
 * retries (as the retry decorator does) is simulated here by one that reports a retry.
 */
class CallLogTest {

    private static final ApiKey KEY = ApiKey.of("sk-call-log-3c2b1a");
    private static final ClientOptions OPTIONS = new ClientOptions(KEY, URI.create("https://api.example.test"),
            Duration.ofSeconds(5), null, null, null, null, AuthProvider.bearer(KEY), List.of());

    private final FakeTransport transport = new FakeTransport();
    private final Observers observers = new Observers(List.of());

    /** A chain that reports {@code retries} failed attempts before the transport answers. */
    private CallExecutor executor(int retries) {
        CallStage chain = new CallStage() {
            @Override
            public TransportResponse send(ApiCall call, TransportRequest request) {
                return transport.send(request);
            }

            @Override
            public TransportResponse send(ApiCall call, TransportRequest request, CallListener listener) {
                for (int attempt = 1; attempt <= retries; attempt++) {
                    listener.onRetry(attempt, new MistralConnectionException("reset", null), Duration.ZERO);
                }
                return send(call, request);
            }

            @Override
            public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
                return CompletableFuture.completedFuture(send(call, request));
            }
        };
        return new CallExecutor(new RequestFactory(OPTIONS), chain, new JsonCodec(), observers, Runnable::run,
                Redactor.of(OPTIONS));
    }

    private static ApiCall call() {
        return new ApiCall("models.list", null, "GET", "/v1/models", null, null, false, null, RequestOptions.none());
    }

    @Test
    void aCallAnsweredAtOnceIsLoggedAsAttemptOne() {
        transport.answer(200, "{}", "x-request-id", "req-41");

        String logged = capture(() -> executor(0).execute(call(), Object.class));

        assertThat(logged).containsPattern("GET /v1/models -> 200 in \\d+ ms, attempt 1 \\(request id req-41\\)");
    }

    @Test
    void aRetriedCallIsLoggedOnceWithTheAttemptThatAnswered() {
        transport.answer(503, "{\"message\":\"busy\"}", "x-request-id", "req-42");

        String logged = capture(() -> {
            try {
                executor(2).execute(call(), Object.class);
            } catch (RuntimeException expected) {
                // the 503 is thrown; the line is what matters here
            }
            return null;
        });

        assertThat(logged).containsPattern("GET /v1/models -> 503 in \\d+ ms, attempt 3 \\(request id req-42\\)");
        assertThat(logged.split("GET /v1/models ->", -1)).hasSize(2);
        assertThat(logged).doesNotContain(KEY.reveal());
    }

    private static String capture(Supplier<?> action) {
        return StandardError.capture(action::get);
    }
}
