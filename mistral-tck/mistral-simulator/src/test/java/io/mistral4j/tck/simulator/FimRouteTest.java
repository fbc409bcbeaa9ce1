package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.text.Tokenizer;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;

class FimRouteTest {

    private static final String PATH = "/v1/fim/completions";
    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static JsonObject fim() {
        return parse("{\"model\":\"codestral-latest\",\"prompt\":\"def add(a, b):\\n    \","
                + "\"suffix\":\"\\n\\nprint(add(1, 2))\"}");
    }

    @Test
    void answersAChatCompletionFillingTheGap() {
        TestHttp.Response r = TestHttp.post(SIMULATOR.simulator(), PATH, fim());

        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.get("object").getAsString()).isEqualTo("chat.completion");
        assertThat(body.get("id").getAsString()).startsWith("cmpl-");
        JsonObject choice = body.getAsJsonArray("choices").get(0).getAsJsonObject();
        assertThat(choice.get("finish_reason").getAsString()).isEqualTo("stop");
        assertThat(choice.getAsJsonObject("message").get("role").getAsString()).isEqualTo("assistant");
        String content = choice.getAsJsonObject("message").get("content").getAsString();
        assertThat(content).contains("def add(a, b):", "print(add(1, 2))");
        JsonObject usage = body.getAsJsonObject("usage");
        assertThat(usage.get("prompt_tokens").getAsInt())
                .isEqualTo(Tokenizer.count("def add(a, b):\n    ") + Tokenizer.count("\n\nprint(add(1, 2))"));
        assertThat(usage.get("completion_tokens").getAsInt()).isEqualTo(Tokenizer.count(content));
        assertThat(usage.get("total_tokens").getAsInt())
                .isEqualTo(usage.get("prompt_tokens").getAsInt() + usage.get("completion_tokens").getAsInt());
    }

    @Test
    void sameRequestSameContentAndTheSeedChangesTheWording() {
        String first = content(TestHttp.post(SIMULATOR.simulator(), PATH, fim()));
        String second = content(TestHttp.post(SIMULATOR.simulator(), PATH, fim()));
        JsonObject seeded = fim();
        seeded.addProperty("random_seed", 1);

        assertThat(second).isEqualTo(first);
        assertThat(content(TestHttp.post(SIMULATOR.simulator(), PATH, seeded))).isNotEqualTo(first);
    }

    @Test
    void withoutSuffixTheAnswerContinuesThePrompt() {
        JsonObject body = fim();
        body.remove("suffix");

        assertThat(content(TestHttp.post(SIMULATOR.simulator(), PATH, body))).contains("def add(a, b):").doesNotContain("print");
    }

    @Test
    void stopMaxAndMinTokensShapeTheAnswer() {
        JsonObject stopped = fim();
        stopped.addProperty("stop", "fill");
        JsonObject cut = fim();
        cut.addProperty("max_tokens", 2);
        JsonObject padded = fim();
        padded.addProperty("min_tokens", 60);

        assertThat(content(TestHttp.post(SIMULATOR.simulator(), PATH, stopped))).isEqualTo("# simulated ");
        TestHttp.Response cutAnswer = TestHttp.post(SIMULATOR.simulator(), PATH, cut);
        assertThat(cutAnswer.json().getAsJsonArray("choices").get(0).getAsJsonObject().get("finish_reason")
                .getAsString()).isEqualTo("length");
        assertThat(cutAnswer.json().getAsJsonObject("usage").get("completion_tokens").getAsInt()).isEqualTo(2);
        assertThat(Tokenizer.count(content(TestHttp.post(SIMULATOR.simulator(), PATH, padded)))).isGreaterThanOrEqualTo(60);
    }

    @Test
    void streamsChunksThatAddUpToThePlainAnswer() throws IOException, InterruptedException {
        String plain = content(TestHttp.post(SIMULATOR.simulator(), PATH, fim()));
        JsonObject body = fim();
        body.addProperty("stream", true);

        HttpResponse<java.util.stream.Stream<String>> r = TestHttp.CLIENT.send(TestHttp.request(SIMULATOR.simulator(), PATH)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofLines());
        List<String> data = r.body().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6))
                .collect(Collectors.toList());

        assertThat(r.headers().firstValue("content-type")).hasValue("text/event-stream");
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        List<JsonObject> chunks = data.subList(0, data.size() - 1).stream()
                .map(d -> JsonParser.parseString(d).getAsJsonObject()).toList();
        StringBuilder joined = new StringBuilder();
        for (JsonObject chunk : chunks) {
            assertThat(chunk.get("object").getAsString()).isEqualTo("chat.completion.chunk");
            JsonObject delta = chunk.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("delta");
            joined.append(delta.has("content") ? delta.get("content").getAsString() : "");
        }
        assertThat(joined).hasToString(plain);
        assertThat(chunks.get(chunks.size() - 1).has("usage")).isTrue();
    }

    @Test
    void validationErrorsLikeTheApi() {
        JsonObject body = fim();
        body.remove("prompt");
        body.addProperty("sufix", "x");
        body.addProperty("temperature", 2);
        body.addProperty("min_tokens", -1);
        body.addProperty("model", 5);

        TestHttp.Response r = TestHttp.post(SIMULATOR.simulator(), PATH, body);

        assertThat(r.status()).isEqualTo(422);
        JsonArray detail = r.json().getAsJsonArray("detail");
        assertThat(detail.asList()).extracting(e -> e.getAsJsonObject().get("type").getAsString() + " "
                + e.getAsJsonObject().get("loc")).containsExactly(
                "string_type [\"body\",\"model\"]",
                "less_than_equal [\"body\",\"temperature\"]",
                "missing [\"body\",\"prompt\"]",
                "greater_than_equal [\"body\",\"min_tokens\"]",
                "extra_forbidden [\"body\",\"sufix\"]");
    }

    @Test
    void modelsWithoutFimAndConflictingBoundsAre400() {
        JsonObject chatModel = fim();
        chatModel.addProperty("model", "mistral-small-latest");
        JsonObject unknown = fim();
        unknown.addProperty("model", "no-such-model");
        JsonObject conflicting = fim();
        conflicting.addProperty("min_tokens", 10);
        conflicting.addProperty("max_tokens", 5);

        assertThat(TestHttp.post(SIMULATOR.simulator(), PATH, chatModel).status()).isEqualTo(400);
        assertThat(TestHttp.post(SIMULATOR.simulator(), PATH, unknown).json().get("message").getAsString()).contains("no-such-model");
        assertThat(TestHttp.post(SIMULATOR.simulator(), PATH, conflicting).status()).isEqualTo(400);
    }

    private static String content(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
                .get("content").getAsString();
    }
}
