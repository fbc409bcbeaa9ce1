package io.mistral4j.it.misbehaving;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.UploadContent;
import io.mistral4j.finetuning.FineTuningJobRequest;
import io.mistral4j.finetuning.Hyperparameters;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A misbehaving server and the clients of one test, all on one transport; closes them all.
 * Clients retry fast (3 attempts, short backoff) and have no circuit breaker, so that each test
 * sees the one behaviour it is about.
 */
final class ClientFixture implements AutoCloseable {

    /** The key every client sends; it must never show in what a caller sees. */
    static final String API_KEY = "sk-it-9f8e7d6c5b4a39281706-SECRET";

    private final MisbehavingServer server = MisbehavingServer.start();
    private final String transport;
    private final List<MistralClient> clients = new CopyOnWriteArrayList<>();

    ClientFixture(String transport) {
        this.transport = transport;
    }

    MisbehavingServer server() {
        return server;
    }

    String transport() {
        return transport;
    }

    /** The base settings: the server, the transport, the key, fast retries, no breaker. */
    MistralClient.Builder builder() {
        return builder(server.baseUrl(), transport);
    }

    /** The base settings for a server at {@code baseUrl}. */
    static MistralClient.Builder builder(String baseUrl, String transport) {
        return MistralClient.builder().apiKey(API_KEY).baseUrl(baseUrl).transport(transport)
                .retry(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(50))
                        .maxBackoff(Duration.ofMillis(200)).build())
                .circuitBreaker(CircuitBreakerPolicy.disabled());
    }

    /** A client with the base settings changed by {@code settings}, closed with the fixture. */
    MistralClient client(UnaryOperator<MistralClient.Builder> settings) {
        MistralClient client = settings.apply(builder()).build();
        clients.add(client);
        return client;
    }

    static ChatCompletionRequest chatRequest() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Who painted the Mona Lisa?")
                .build();
    }

    static FineTuningJobRequest jobRequest() {
        return FineTuningJobRequest.builder().model("open-mistral-7b")
                .addTrainingFile("e85980c9-409e-4a46-9304-36588f6292b0")
                .hyperparameters(Hyperparameters.builder().trainingSteps(10).learningRate(1e-4).build()).build();
    }

    static FileUploadRequest uploadRequest() {
        byte[] lines = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}\n".getBytes(StandardCharsets.UTF_8);
        return FileUploadRequest.builder().file(UploadContent.of(lines, "train.jsonl")).purpose(FilePurpose.FINE_TUNE)
                .build();
    }

    /** Reads a stream to its end and closes it; returns the number of events. */
    static int drain(ChatCompletionStream stream) {
        int events = 0;
        try (stream) {
            while (stream.hasNext()) {
                stream.next();
                events++;
            }
        }
        return events;
    }

    /** Ends the server first, so that a call still stuck in it fails, then closes the clients. */
    @Override
    public void close() {
        server.close();
        clients.forEach(MistralClient::close);
    }
}
