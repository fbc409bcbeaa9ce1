package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mistral4j.Headers;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.UnauthorizedException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.models.ModelListRequest;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a server on a real socket that answers 401 quoting the request's {@code Authorization}
 * header, as some gateways do: the key must appear in no exception message, raw body, stack
 * trace or observer event (which is what spans are made of), for plain, asynchronous and
 * streamed calls; and a header with a NUL fails before the server sees any request.
 */
class OverRealSocketTest {

    private static final String KEY = "sk-echo-canary-31c9e4a7b2";

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.incrementAndGet();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"object\":\"error\",\"message\":\"No access with Authorization: " + authorization
                    + "\",\"type\":\"invalid_request_error\",\"code\":\"" + KEY + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theEchoedKeyIsMaskedEverywhereTheFailureShows() {
        CallObserver observer = call -> new CallListener() {
            @Override
            public void onError(Throwable error) {
                seen.add(String.valueOf(error.getMessage()));
                seen.add(trace(error));
            }

            @Override
            public void onRetry(int attempt, Throwable cause, Duration delay) {
                seen.add(trace(cause));
            }
        };
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("mistral-small-latest")
                .addUserMessage("hello").build();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(base).addObserver(observer)
                .callTimeout(Duration.ofSeconds(20)).build()) {

            UnauthorizedException plain = catchUnauthorized(() -> client.chat().complete(request));
            UnauthorizedException async = catchUnauthorized(() -> client.chat().completeAsync(request)
                    .get(20, TimeUnit.SECONDS));
            UnauthorizedException streamed = catchUnauthorized(() -> client.chat().stream(request).close());

            for (UnauthorizedException failure : List.of(plain, async, streamed)) {
                assertThat(failure.getMessage()).contains("Authorization: [redacted]");
                assertThat(failure.rawBody()).contains("[redacted]");
                seen.add(failure.getMessage());
                seen.add(failure.rawBody());
                seen.add(String.valueOf(failure.error()));
                seen.add(trace(failure));
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(12);
        assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(KEY));
    }

    @Test
    void aNulInAHeaderFailsBeforeTheServerSeesARequest() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        // Headers.of takes headers unchecked, as a custom provider might build them.
        try (MistralClient client = MistralClient.builder().baseUrl(base).callTimeout(Duration.ofSeconds(20))
                .authProvider(request -> Headers.of(Map.of("Authorization", List.of("Bearer a\u0000b"))))
                .build()) {

            assertThatThrownBy(() -> client.models().list()).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("headers[Authorization]: ");
            assertThatThrownBy(() -> client.models().listAsync(ModelListRequest.all()).get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ValidationException.class);
        }
        assertThat(received).hasValue(0);
    }

    private static UnauthorizedException catchUnauthorized(Call call) {
        Throwable thrown = null;
        try {
            call.run();
        } catch (Exception e) {
            thrown = e;
        }
        assertThat(thrown).as("the call failed").isNotNull();
        Throwable cause = thrown;
        while (!(cause instanceof UnauthorizedException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(UnauthorizedException.class);
        return (UnauthorizedException) cause;
    }

    private static String trace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }
}
