package io.mistral4j.benchmarks.load;

import io.mistral4j.Headers;
import io.mistral4j.MistralClient;
import io.mistral4j.benchmarks.InMemoryTransport;
import io.mistral4j.benchmarks.Payloads;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The exact requests the library sends for the load driver's three calls (headers and body
 * bytes), captured from a client whose transport answers from memory, so that the raw baselines
 * send the same bytes.
 */
final class WireRequests {

    static final String MODEL_EMBED = "mistral-embed";

    final Captured chat;
    final Captured stream;
    final Captured embeddings;

    private WireRequests(Captured chat, Captured stream, Captured embeddings) {
        this.chat = chat;
        this.stream = stream;
        this.embeddings = embeddings;
    }

    /** The 32 inputs of the embeddings call. */
    static EmbeddingRequest embeddingRequest() {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            inputs.add("Passage " + i + ": the museum opens at nine, closes at six, and is free on the first "
                    + "Sunday of every month.");
        }
        return EmbeddingRequest.builder().model(MODEL_EMBED).input(inputs).build();
    }

    static WireRequests capture(String baseUrl, String apiKey) {
        Captured chat = captureOne(baseUrl, apiKey, "application/json", Fixtures.COMPLETION,
                client -> client.chat().complete(Payloads.TYPICAL_REQUEST));
        Captured stream = captureOne(baseUrl, apiKey, "text/event-stream", Fixtures.STREAM,
                client -> {
                    try (var events = client.chat().stream(Payloads.TYPICAL_REQUEST)) {
                        events.forEachRemaining(chunk -> { });
                    }
                });
        Captured embeddings = captureOne(baseUrl, apiKey, "application/json", Fixtures.EMBEDDING,
                client -> client.embeddings().create(embeddingRequest()));
        return new WireRequests(chat, stream, embeddings);
    }

    private static Captured captureOne(String baseUrl, String apiKey, String contentType, String answer,
                                       java.util.function.Consumer<MistralClient> call) {
        AtomicReference<TransportRequest> seen = new AtomicReference<>();
        InMemoryTransport memory = new InMemoryTransport(200, contentType, answer);
        io.mistral4j.spi.HttpTransport capturing = new io.mistral4j.spi.HttpTransport() {
            @Override
            public TransportResponse send(TransportRequest request) {
                seen.set(request);
                return memory.send(request);
            }

            @Override
            public java.util.concurrent.CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
                seen.set(request);
                return memory.sendAsync(request);
            }

            @Override
            public void close() {
            }
        };
        try (MistralClient client = MistralClient.builder().apiKey(apiKey).baseUrl(baseUrl).transport(capturing)
                .retry(RetryPolicy.disabled()).circuitBreaker(CircuitBreakerPolicy.disabled()).build()) {
            call.accept(client);
        }
        TransportRequest request = seen.get();
        return new Captured(request.method(), request.uri(), request.headers(),
                ((RequestBody.Bytes) request.body()).bytes());
    }

    /** One request as it goes on the wire. */
    record Captured(String method, java.net.URI uri, Headers headers, byte[] body) {
    }

    /** Answers for the capture: only their shape matters. */
    private static final class Fixtures {
        static final String COMPLETION = Payloads.TYPICAL_RESPONSE;
        static final String STREAM = "data: " + Payloads.STREAM_CHUNK + "\n\ndata: [DONE]\n\n";
        static final String EMBEDDING = "{\"id\":\"e\",\"object\":\"list\",\"model\":\"mistral-embed\",\"data\":"
                + "[{\"object\":\"embedding\",\"embedding\":[0.5],\"index\":0}],\"usage\":{\"prompt_tokens\":1,"
                + "\"completion_tokens\":0,\"total_tokens\":1}}";
    }
}
