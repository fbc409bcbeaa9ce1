package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.text.Tokenizer;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static io.mistral4j.tck.simulator.AgentHttp.agent;
import static io.mistral4j.tck.simulator.AgentHttp.create;
import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Agent completions: answered by the agent's model, instructions and function tools, plain or streamed. */
class AgentCompletionsTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static MistralSimulator sim() {
        return SIMULATOR.simulator();
    }

    private static String pirate;
    private static String forecaster;

    @BeforeAll
    static void start() {
        JsonObject body = agent("pirate", "mistral-medium-latest");
        body.addProperty("instructions", "Answer like a pirate.");
        body.add("completion_args", parse("{\"max_tokens\":5}"));
        pirate = create(sim(), body).get("id").getAsString();
        JsonObject weather = agent("forecaster", "mistral-small-latest");
        weather.add("tools", ChatBodies.tools(ChatBodies.WEATHER_TOOL));
        forecaster = create(sim(), weather).get("id").getAsString();
    }

    private static JsonObject ask(String agentId, String question) {
        JsonObject body = new JsonObject();
        body.addProperty("agent_id", agentId);
        JsonArray messages = new JsonArray();
        messages.add(ChatBodies.message("user", question));
        body.add("messages", messages);
        return body;
    }

    @Test
    void answersWithTheAgentsModelAndCompletionArgs() {
        TestHttp.Response r = TestHttp.post(sim(), "/v1/agents/completions", ask(pirate, "Who painted the Mona Lisa?"));

        assertThat(r.status()).isEqualTo(200);
        JsonObject answer = r.json();
        assertThat(answer.get("object").getAsString()).isEqualTo("chat.completion");
        assertThat(answer.get("model").getAsString()).isEqualTo("mistral-medium-latest");
        JsonObject choice = answer.getAsJsonArray("choices").get(0).getAsJsonObject();
        assertThat(choice.get("finish_reason").getAsString()).as("max_tokens 5 from completion_args")
                .isEqualTo("length");
        assertThat(answer.getAsJsonObject("usage").get("completion_tokens").getAsInt()).isEqualTo(5);
    }

    @Test
    void instructionsCountAsASystemMessage() {
        JsonObject withInstructions = TestHttp.post(sim(), "/v1/agents/completions", ask(pirate, "Hello")).json();
        String plain = create(sim(), agent("plain", "mistral-medium-latest")).get("id").getAsString();
        JsonObject without = TestHttp.post(sim(), "/v1/agents/completions", ask(plain, "Hello")).json();

        int withTokens = withInstructions.getAsJsonObject("usage").get("prompt_tokens").getAsInt();
        int withoutTokens = without.getAsJsonObject("usage").get("prompt_tokens").getAsInt();
        assertThat(withTokens - withoutTokens).as("a system turn of four words plus its overhead")
                .isEqualTo(4 + Tokenizer.count("Answer like a pirate."));
    }

    @Test
    void requestParametersOverrideTheAgents() {
        JsonObject body = ask(pirate, "Who painted the Mona Lisa?");
        body.addProperty("max_tokens", 500);

        JsonObject choice = TestHttp.post(sim(), "/v1/agents/completions", body).json()
                .getAsJsonArray("choices").get(0).getAsJsonObject();

        assertThat(choice.get("finish_reason").getAsString()).isEqualTo("stop");
    }

    @Test
    void functionToolsOfTheAgentAreCalled() {
        JsonObject message = TestHttp.post(sim(), "/v1/agents/completions",
                ask(forecaster, "What's the weather in Paris, in celsius?")).json()
                .getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message");

        JsonObject call = message.getAsJsonArray("tool_calls").get(0).getAsJsonObject();
        assertThat(call.getAsJsonObject("function").get("name").getAsString()).isEqualTo("get_weather");
        JsonObject arguments = JsonParser.parseString(call.getAsJsonObject("function").get("arguments").getAsString())
                .getAsJsonObject();
        assertThat(arguments.get("city").getAsString()).isEqualTo("Paris");
    }

    @Test
    void streamsLikeChat() {
        JsonObject body = ask(pirate, "Who painted the Mona Lisa?");
        body.addProperty("stream", true);

        List<String> lines = stream(body);

        List<String> data = lines.stream().filter(l -> l.startsWith("data: ")).toList();
        assertThat(data.get(data.size() - 1)).isEqualTo("data: [DONE]");
        assertThat(data.size()).isGreaterThan(3);
        JsonObject first = JsonParser.parseString(data.get(0).substring(6)).getAsJsonObject();
        assertThat(first.get("object").getAsString()).isEqualTo("chat.completion.chunk");
        assertThat(first.get("model").getAsString()).isEqualTo("mistral-medium-latest");
        JsonObject last = JsonParser.parseString(data.get(data.size() - 2).substring(6)).getAsJsonObject();
        assertThat(last.has("usage")).isTrue();
    }

    @Test
    void unknownAgentIs404() {
        TestHttp.Response r = TestHttp.post(sim(), "/v1/agents/completions", ask("ag_missing", "Hello"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").getAsString()).contains("ag_missing");
    }

    private static List<String> stream(JsonObject body) {
        try {
            HttpResponse<java.util.stream.Stream<String>> r = TestHttp.CLIENT.send(
                    TestHttp.request(sim(), "/v1/agents/completions")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(r.headers().firstValue("Content-Type")).contains("text/event-stream");
            return r.body().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
