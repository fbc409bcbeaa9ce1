package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.mistral4j.tck.simulator.ChatBodies.chat;
import static io.mistral4j.tck.simulator.ChatBodies.tools;
import static org.assertj.core.api.Assertions.assertThat;

class StreamingTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    @Test
    void streamsServerSentEventsEndingWithDone() throws Exception {
        JsonObject request = chat("Stream this please");
        request.addProperty("stream", true);
        HttpResponse<String> r = TestHttp.CLIENT.send(TestHttp.request(SIMULATOR.simulator(), "/v1/chat/completions")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("text/event-stream");
        assertThat(r.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(r.headers().firstValue("mistral-correlation-id")).isPresent();
        String body = r.body();
        assertThat(body).endsWith("data: [DONE]\n\n");
        for (String event : body.split("\n\n")) {
            assertThat(event).startsWith("data: ").doesNotContain("\n");
        }
    }

    @Test
    void deltasConcatenateToTheNonStreamedContent() {
        JsonObject plain = TestHttp.chat(SIMULATOR.simulator(), chat("Tell me about the Loire valley")).json();
        String expected = plain.getAsJsonArray("choices").get(0).getAsJsonObject()
                .getAsJsonObject("message").get("content").getAsString();

        List<JsonObject> chunks = chunks(TestHttp.streamLines(SIMULATOR.simulator(), chat("Tell me about the Loire valley")));

        assertThat(chunks.size()).isGreaterThan(5);
        JsonObject first = delta(chunks.get(0));
        assertThat(first.get("role").getAsString()).isEqualTo("assistant");
        assertThat(first.get("content").getAsString()).isEmpty();
        StringBuilder text = new StringBuilder();
        String id = chunks.get(0).get("id").getAsString();
        for (JsonObject chunk : chunks) {
            assertThat(chunk.get("object").getAsString()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.get("id").getAsString()).isEqualTo(id).startsWith("cmpl-");
            assertThat(chunk.get("model").getAsString()).isEqualTo("mistral-small-latest");
            JsonElement content = delta(chunk).get("content");
            if (content != null && !content.isJsonNull()) {
                text.append(content.getAsString());
            }
        }
        assertThat(text.toString()).isEqualTo(expected);

        JsonObject last = chunks.get(chunks.size() - 1);
        assertThat(choice(last).get("finish_reason").getAsString()).isEqualTo("stop");
        assertThat(last.getAsJsonObject("usage")).isEqualTo(plain.getAsJsonObject("usage"));
        for (JsonObject chunk : chunks.subList(0, chunks.size() - 1)) {
            assertThat(choice(chunk).get("finish_reason").isJsonNull()).isTrue();
            assertThat(chunk.has("usage")).isFalse();
        }
    }

    @Test
    void truncatedStreamEndsWithLength() {
        JsonObject request = chat("A long answer please");
        request.addProperty("max_tokens", 3);

        List<JsonObject> chunks = chunks(TestHttp.streamLines(SIMULATOR.simulator(), request));

        assertThat(choice(chunks.get(chunks.size() - 1)).get("finish_reason").getAsString()).isEqualTo("length");
        assertThat(chunks.get(chunks.size() - 1).getAsJsonObject("usage").get("completion_tokens").getAsInt())
                .isEqualTo(3);
    }

    @Test
    void toolCallsArriveWholeInOneChunkWithIndexes() {
        JsonObject request = chat("Weather in Paris and payment T7");
        request.add("tools", tools(ChatBodies.WEATHER_TOOL, ChatBodies.PAYMENT_TOOL));
        request.addProperty("tool_choice", "any");

        List<JsonObject> chunks = chunks(TestHttp.streamLines(SIMULATOR.simulator(), request));

        List<JsonObject> withCalls = chunks.stream().filter(c -> delta(c).has("tool_calls")).toList();
        assertThat(withCalls).hasSize(1);
        JsonArray calls = delta(withCalls.get(0)).getAsJsonArray("tool_calls");
        assertThat(calls.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            JsonObject call = calls.get(i).getAsJsonObject();
            assertThat(call.get("index").getAsInt()).isEqualTo(i);
            assertThat(call.get("id").getAsString()).matches("[A-Za-z0-9]{9}");
            JsonParser.parseString(call.getAsJsonObject("function").get("arguments").getAsString()).getAsJsonObject();
        }
        assertThat(choice(chunks.get(chunks.size() - 1)).get("finish_reason").getAsString()).isEqualTo("tool_calls");
    }

    @Test
    void reasoningModelsStreamThinkingAsContentArraysFirst() {
        List<JsonObject> chunks = chunks(TestHttp.streamLines(SIMULATOR.simulator(), chat("magistral-medium-latest", "Why is the sky blue?")));

        StringBuilder thinking = new StringBuilder();
        StringBuilder text = new StringBuilder();
        boolean textStarted = false;
        for (JsonObject chunk : chunks.subList(1, chunks.size())) {
            JsonElement content = delta(chunk).get("content");
            if (content.isJsonArray()) {
                assertThat(textStarted).as("thinking comes before the text").isFalse();
                JsonObject part = content.getAsJsonArray().get(0).getAsJsonObject();
                assertThat(part.get("type").getAsString()).isEqualTo("thinking");
                thinking.append(part.getAsJsonArray("thinking").get(0).getAsJsonObject().get("text").getAsString());
            } else {
                textStarted = true;
                text.append(content.getAsString());
            }
        }
        JsonArray plain = TestHttp.chat(SIMULATOR.simulator(), chat("magistral-medium-latest", "Why is the sky blue?")).json()
                .getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message").getAsJsonArray("content");
        assertThat(thinking.toString()).isEqualTo(plain.get(0).getAsJsonObject().getAsJsonArray("thinking")
                .get(0).getAsJsonObject().get("text").getAsString());
        assertThat(text.toString()).isEqualTo(plain.get(1).getAsJsonObject().get("text").getAsString());
    }

    @Test
    void severalChoicesAreStreamedByIndex() {
        JsonObject request = chat("Two takes");
        request.addProperty("n", 2);

        List<JsonObject> chunks = chunks(TestHttp.streamLines(SIMULATOR.simulator(), request));

        long finished = chunks.stream().filter(c -> !choice(c).get("finish_reason").isJsonNull()).count();
        assertThat(finished).isEqualTo(2);
        assertThat(chunks.stream().map(c -> choice(c).get("index").getAsInt()).distinct()).containsExactly(0, 1);
    }

    @Test
    void eventsArriveIncrementallyWithAChunkDelay() throws Exception {
        try (MistralSimulator slow = MistralSimulator.builder().chunkDelay(Duration.ofMillis(40)).start()) {
            JsonObject request = chat("Slowly now");
            request.addProperty("stream", true);
            long start = System.nanoTime();
            HttpResponse<InputStream> r = TestHttp.CLIENT.send(TestHttp.request(slow, "/v1/chat/completions")
                    .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            List<Long> arrivals = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        arrivals.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
            }
            long firstMs = arrivals.get(0);
            long lastMs = arrivals.get(arrivals.size() - 1);
            assertThat(arrivals.size()).isGreaterThan(10);
            // With 40 ms between events, the first must arrive long before the last.
            assertThat(lastMs - firstMs).isGreaterThanOrEqualTo(40L * (arrivals.size() - 2));
        }
    }

    private static List<JsonObject> chunks(List<String> lines) {
        assertThat(lines).isNotEmpty();
        List<String> data = lines.stream().filter(l -> !l.isEmpty()).toList();
        assertThat(data).allMatch(l -> l.startsWith("data: "));
        assertThat(data.get(data.size() - 1)).isEqualTo("data: [DONE]");
        List<JsonObject> out = new ArrayList<>();
        for (String line : data.subList(0, data.size() - 1)) {
            out.add(JsonParser.parseString(line.substring("data: ".length())).getAsJsonObject());
        }
        return out;
    }

    private static JsonObject choice(JsonObject chunk) {
        JsonArray choices = chunk.getAsJsonArray("choices");
        assertThat(choices.size()).isEqualTo(1);
        return choices.get(0).getAsJsonObject();
    }

    private static JsonObject delta(JsonObject chunk) {
        return choice(chunk).getAsJsonObject("delta");
    }
}
