package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiKey;
import io.mistral4j.ClientOptions;
import io.mistral4j.Headers;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.impl.pipeline.CallPipeline;
import io.mistral4j.impl.read.Watchdog;
import io.mistral4j.impl.resilience.Timing;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.AuthProvider;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.RequestHeaderPropagator;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each call has its own listener: under many concurrent calls on one client every listener
 * hears exactly its own call's events, the propagator is handed that call's listener, and
 * nothing of a finished call stays with the client.
 */
class PerCallListenerTest {

    private static final int CALLS = 64;
    private static final Pattern MODEL = Pattern.compile("\"model\":\"([^\"]+)\"");

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final EchoingTransport transport = new EchoingTransport(threads);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Remembers the events of one call, and the model the call named when it started. */
    static final class OwnListener implements CallListener {
        final String model;
        final List<String> events = new CopyOnWriteArrayList<>();

        OwnListener(String model) {
            this.model = model;
        }

        @Override
        public void onRequest(URI uri) {
            events.add("request");
        }

        @Override
        public void onResponse(int statusCode, Headers headers) {
            events.add("response " + statusCode);
        }

        @Override
        public void onUsage(long inputTokens, long outputTokens) {
            events.add("usage " + inputTokens);
        }

        @Override
        public void onResult(Object result) {
            events.add("result " + ((ChatCompletionResponse) result).model());
        }

        @Override
        public void onEnd() {
            events.add("end");
        }

        @Override
        public void onError(Throwable error) {
            events.add("error " + error.getClass().getSimpleName());
        }
    }

    /** Tells the transport whose listener it was handed, through a header. */
    static final RequestHeaderPropagator LISTENER_NAMING = (call, listeners) -> listeners.stream()
            .filter(OwnListener.class::isInstance).map(OwnListener.class::cast).findFirst()
            .map(own -> Headers.builder().add("X-Listener", own.model).build()).orElse(Headers.empty());

    @Test
    @Timeout(60)
    void everyListenerHearsOnlyItsOwnCallUnderConcurrency() throws Exception {
        Queue<OwnListener> listeners = new ConcurrentLinkedQueue<>();
        CallObserver observer = call -> {
            OwnListener listener = new OwnListener(call.model());
            listeners.add(listener);
            return listener;
        };
        try (MistralClient client = MistralClient.builder().apiKey("sk-per-call-1").baseUrl("https://api.example.test")
                .transport(transport).addObserver(observer).addHeaderPropagator(LISTENER_NAMING).build()) {
            List<CompletableFuture<ChatCompletionResponse>> answers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                ChatCompletionRequest request = ChatCompletionRequest.builder().model("m-" + i).addUserMessage("Hi")
                        .build();
                answers.add(i % 2 == 0 ? client.chat().completeAsync(request)
                        : CompletableFuture.supplyAsync(() -> client.chat().complete(request), threads));
            }
            for (int i = 0; i < CALLS; i++) {
                assertThat(answers.get(i).get(30, TimeUnit.SECONDS).model()).isEqualTo("m-" + i);
            }
        }

        assertThat(transport.mismatches).as("requests carrying another call's listener").isEmpty();
        assertThat(listeners).hasSize(CALLS).allSatisfy(listener -> {
            int number = Integer.parseInt(listener.model.substring(2));
            assertThat(listener.events).containsExactly("request", "response 200", "usage " + number,
                    "result " + listener.model, "end");
        });
    }

    @Test
    @Timeout(60)
    void nothingOfAFinishedCallStaysWithTheClient() throws Exception {
        List<WeakReference<CallListener>> handedOut = new CopyOnWriteArrayList<>();
        CallObserver observer = call -> {
            CallListener listener = new OwnListener(call.model());
            handedOut.add(new WeakReference<>(listener));
            return listener;
        };
        try (MistralClient client = MistralClient.builder().apiKey("sk-per-call-2").baseUrl("https://api.example.test")
                .transport(transport).addObserver(observer).addHeaderPropagator(LISTENER_NAMING).build()) {
            for (int i = 0; i < 20; i++) {
                ChatCompletionRequest request = ChatCompletionRequest.builder().model("m-" + i).addUserMessage("Hi")
                        .build();
                client.chat().complete(request);
                client.chat().completeAsync(request).get(30, TimeUnit.SECONDS);
            }
            ChatCompletionRequest failing = ChatCompletionRequest.builder().model(EchoingTransport.FAIL)
                    .addUserMessage("Hi").build();
            assertThatThrownBy(() -> client.chat().complete(failing)).isInstanceOf(MistralServiceException.class);

            assertThat(handedOut).hasSize(41);
            for (int i = 0; i < 100 && handedOut.stream().anyMatch(reference -> reference.get() != null); i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertThat(handedOut).as("listeners of finished calls, still reachable while the client lives")
                    .allSatisfy(reference -> assertThat(reference.get()).isNull());
        }
    }

    @Test
    void aRequestThatCannotBeBuiltStartsThenFailsWithoutARequestEventNorPropagation() {
        List<String> events = new CopyOnWriteArrayList<>();
        CallObserver observer = call -> {
            events.add("start");
            return new CallListener() {
                @Override
                public void onRequest(URI uri) {
                    events.add("request");
                }

                @Override
                public void onError(Throwable error) {
                    events.add("error " + error.getClass().getSimpleName());
                }
            };
        };
        RequestHeaderPropagator propagator = (call, listeners) -> {
            events.add("propagator asked");
            return Headers.empty();
        };
        ApiKey key = ApiKey.of("sk-per-call-3");
        ClientOptions options = new ClientOptions(key, URI.create("https://api.example.test"), null, null, null,
                null, null, AuthProvider.bearer(key), List.of());
        FakeTransport fake = new FakeTransport();
        // Extra body fields on a call without a body: the request cannot be built.
        ApiCall call = new ApiCall("models.list", null, "GET", "/v1/models", null, null, false, null,
                RequestOptions.builder().bodyField("x", 1).build());
        try (Watchdog watchdog = new Watchdog()) {
            CallExecutor executor = new CallExecutor(new RequestFactory(options),
                    CallPipeline.assemble(options, fake, Timing.system(), watchdog, Runnable::run), new JsonCodec(),
                    new Observers(List.of(observer)), new PropagatedHeaders(List.of(propagator)), Runnable::run,
                    Redactor.of(options), new AbandonedStreams(null));

            assertThatThrownBy(() -> executor.execute(call, Object.class)).isInstanceOf(ValidationException.class);
        }

        assertThat(events).containsExactly("start", "error ValidationException");
        assertThat(fake.requests()).isEmpty();
    }

    /**
     * Answers each chat request with a completion for the model it names (usage: the model's
     * number), on its own threads, and notes requests whose listener header names another call.
     */
    static final class EchoingTransport implements HttpTransport {
        static final String FAIL = "m-fail";
        final List<String> mismatches = new CopyOnWriteArrayList<>();
        private final ExecutorService threads;

        EchoingTransport(ExecutorService threads) {
            this.threads = threads;
        }

        @Override
        public TransportResponse send(TransportRequest request) {
            String body = new String(((io.mistral4j.spi.RequestBody.Bytes) request.body()).bytes(),
                    StandardCharsets.UTF_8);
            Matcher matcher = MODEL.matcher(body);
            String model = matcher.find() ? matcher.group(1) : "?";
            String listener = request.headers().first("X-Listener").orElse("none");
            if (!listener.equals(model)) {
                mismatches.add(model + " carried " + listener);
            }
            if (FAIL.equals(model)) {
                return answer(400, "{\"message\":\"bad\"}");
            }
            int number = Integer.parseInt(model.substring(2));
            return answer(200, "{\"id\":\"cmpl-" + model + "\",\"object\":\"chat.completion\",\"created\":1,"
                    + "\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                    + "\"content\":\"Hi\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + number
                    + ",\"completion_tokens\":1,\"total_tokens\":" + (number + 1) + "}}");
        }

        private static TransportResponse answer(int status, String json) {
            return TransportResponse.of(status, Headers.builder().add("Content-Type", "application/json").build(),
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
            return CompletableFuture.supplyAsync(() -> send(request), threads);
        }

        @Override
        public void close() {
        }
    }
}
