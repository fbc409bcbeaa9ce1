package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-call extra headers, query parameters and body fields, as the server receives them. */
class RequestOptionsIntegrationTest {

    private static MistralSimulator simulator;
    private static MistralClient client;

    @BeforeAll
    static void start() {
        simulator = MistralSimulator.start();
        client = MistralClient.builder().apiKey("sk-options").baseUrl(simulator.baseUrl()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @BeforeEach
    void forget() {
        simulator.clearRequests();
    }

    private static ChatCompletionRequest ask() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Say hello")
                .temperature(0.2).build();
    }

    @Test
    void extraHeadersQueryParametersAndBodyFieldsReachTheServer() {
        client.chat().withOptions(RequestOptions.builder()
                .header("X-Trace", "t-1")
                .queryParameter("trace id", "a&b")
                .bodyField("random_seed", 42)
                .bodyField("metadata", Map.of("team", "search", "tags", List.of("a", "b")))
                .bodyField("temperature", 0.9)
                .build()).complete(ask());

        RecordedRequest sent = simulator.requests().get(0);
        assertThat(sent.header("X-Trace")).isEqualTo("t-1");
        assertThat(sent.query()).isEqualTo("trace%20id=a%26b");
        JsonObject body = sent.bodyAsJson().getAsJsonObject();
        assertThat(body.get("random_seed").getAsInt()).isEqualTo(42);
        assertThat(body.getAsJsonObject("metadata").get("team").getAsString()).isEqualTo("search");
        assertThat(body.getAsJsonObject("metadata").getAsJsonArray("tags")).hasSize(2);
        assertThat(body.get("temperature").getAsDouble()).as("an extra field replaces the typed one").isEqualTo(0.9);
        assertThat(body.get("model").getAsString()).isEqualTo("mistral-small-latest");
    }

    @Test
    void extraBodyFieldsGoToStreamsToo() {
        try (var stream = client.chat().withOptions(RequestOptions.builder().bodyField("random_seed", 7).build()).stream(ask())) {
            stream.forEachRemaining(chunk -> { });
        }

        JsonObject body = simulator.requests().get(0).bodyAsJson().getAsJsonObject();
        assertThat(body.get("random_seed").getAsInt()).isEqualTo(7);
        assertThat(body.get("stream").getAsBoolean()).isTrue();
    }

    @Test
    void aFieldTheServerDoesNotKnowIsItsToRefuse() {
        assertThatThrownBy(() -> client.chat().withOptions(RequestOptions.builder()
                .bodyField("not_a_field", true).build()).complete(ask()))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("not_a_field");
    }
}
