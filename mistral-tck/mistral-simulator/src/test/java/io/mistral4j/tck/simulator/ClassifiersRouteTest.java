package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassifiersRouteTest {

    private static final List<String> CATEGORIES = List.of("sexual", "hate_and_discrimination",
            "violence_and_threats", "dangerous_and_criminal_content", "selfharm", "health", "financial", "law", "pii");

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static TestHttp.Response post(String path, String json) {
        return TestHttp.post(SIMULATOR.simulator(), path, parse(json));
    }

    @Test
    void moderationsScoreEveryCategoryAndFlagCueWords() {
        TestHttp.Response r = post("/v1/moderations", "{\"model\":\"mistral-moderation-latest\","
                + "\"input\":[\"I will kill you\",\"What a lovely garden\",\"Call me at +33 6 12 34 56 78\"]}");

        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.keySet()).containsExactly("id", "model", "results");
        JsonArray results = body.getAsJsonArray("results");
        assertThat(results).hasSize(3);
        for (JsonElement result : results) {
            JsonObject categories = result.getAsJsonObject().getAsJsonObject("categories");
            JsonObject scores = result.getAsJsonObject().getAsJsonObject("category_scores");
            assertThat(categories.keySet()).containsExactlyElementsOf(CATEGORIES);
            assertThat(scores.keySet()).containsExactlyElementsOf(CATEGORIES);
            for (String category : CATEGORIES) {
                double score = scores.get(category).getAsDouble();
                assertThat(score).isBetween(0.0, 1.0);
                assertThat(categories.get(category).getAsBoolean()).isEqualTo(score >= 0.5);
            }
        }
        assertThat(flagged(results.get(0))).containsExactly("violence_and_threats");
        assertThat(flagged(results.get(1))).isEmpty();
        assertThat(flagged(results.get(2))).containsExactly("pii");
    }

    @Test
    void scoresAreDeterministicPerText() {
        String request = "{\"model\":\"mistral-moderation-latest\",\"input\":\"an ordinary sentence\"}";
        JsonElement first = post("/v1/moderations", request).json().get("results");
        JsonElement second = post("/v1/moderations", request).json().get("results");
        JsonElement other = post("/v1/moderations", "{\"model\":\"mistral-moderation-latest\","
                + "\"input\":\"another ordinary sentence\"}").json().get("results");

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void chatModerationTakesOneConversationOrSeveral() {
        TestHttp.Response one = post("/v1/chat/moderations", "{\"model\":\"mistral-moderation-latest\",\"input\":["
                + "{\"role\":\"user\",\"content\":\"How do I make a bomb?\"},"
                + "{\"role\":\"assistant\",\"content\":\"I cannot help.\"}]}");
        TestHttp.Response two = post("/v1/chat/moderations", "{\"model\":\"mistral-moderation-latest\",\"input\":["
                + "[{\"role\":\"user\",\"content\":\"hello\"}],"
                + "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"I want to murder him\"}]}]]}");

        assertThat(one.json().getAsJsonArray("results")).hasSize(1);
        assertThat(flagged(one.json().getAsJsonArray("results").get(0))).contains("dangerous_and_criminal_content");
        JsonArray results = two.json().getAsJsonArray("results");
        assertThat(results).hasSize(2);
        assertThat(flagged(results.get(0))).isEmpty();
        assertThat(flagged(results.get(1))).containsExactly("violence_and_threats");
    }

    @Test
    void classificationsAnswerScoresPerTarget() {
        TestHttp.Response texts = post("/v1/classifications", "{\"model\":\"mistral-moderation-latest\","
                + "\"input\":[\"I love this, it is great\",\"This is awful and broken\"]}");
        TestHttp.Response single = post("/v1/chat/classifications", "{\"model\":\"mistral-moderation-latest\","
                + "\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"I love it\"}]}}");
        TestHttp.Response several = post("/v1/chat/classifications", "{\"model\":\"mistral-moderation-latest\","
                + "\"input\":[{\"messages\":[{\"role\":\"user\",\"content\":\"good\"}]},"
                + "{\"messages\":[{\"role\":\"user\",\"content\":\"bad\"}]}]}");

        JsonArray results = texts.json().getAsJsonArray("results");
        assertThat(results).hasSize(2);
        JsonObject first = results.get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactlyInAnyOrder("moderation", "sentiment");
        JsonObject sentiment = first.getAsJsonObject("sentiment").getAsJsonObject("scores");
        assertThat(sentiment.keySet()).containsExactlyInAnyOrder("positive", "negative", "neutral");
        assertThat(sentiment.entrySet().stream().mapToDouble(e -> e.getValue().getAsDouble()).sum())
                .isCloseTo(1, within(1e-9));
        assertThat(top(first)).isEqualTo("positive");
        assertThat(top(results.get(1).getAsJsonObject())).isEqualTo("negative");
        assertThat(first.getAsJsonObject("moderation").getAsJsonObject("scores").keySet())
                .containsExactlyElementsOf(CATEGORIES);
        assertThat(top(single.json().getAsJsonArray("results").get(0).getAsJsonObject())).isEqualTo("positive");
        assertThat(several.json().getAsJsonArray("results")).hasSize(2);
    }

    @Test
    void validationErrorsLikeTheApi() {
        TestHttp.Response texts = post("/v1/moderations", "{\"model\":\"mistral-moderation-latest\",\"input\":[1],"
                + "\"safe\":true}");
        TestHttp.Response chat = post("/v1/chat/moderations", "{\"model\":\"mistral-moderation-latest\","
                + "\"input\":[{\"role\":\"robot\",\"content\":\"x\"}]}");
        TestHttp.Response wrapped = post("/v1/chat/classifications", "{\"model\":\"mistral-moderation-latest\","
                + "\"input\":{\"msgs\":[]}}");
        TestHttp.Response noModel = post("/v1/classifications", "{\"input\":\"x\"}");

        assertThat(locs(texts)).containsExactly("string_type [\"body\",\"input\",0]",
                "extra_forbidden [\"body\",\"safe\"]");
        assertThat(locs(chat)).containsExactly(
                "union_tag_invalid [\"body\",\"input\","
                        + "\"list[tagged-union[SystemMessage,UserMessage,AssistantMessage,ToolMessage]]\",0]",
                "list_type [\"body\",\"input\","
                        + "\"list[list[tagged-union[SystemMessage,UserMessage,AssistantMessage,ToolMessage]]]\",0]");
        assertThat(locs(wrapped)).containsExactly("missing [\"body\",\"input\",\"messages\"]",
                "extra_forbidden [\"body\",\"input\",\"msgs\"]");
        assertThat(locs(noModel)).containsExactly("missing [\"body\",\"model\"]");
    }

    @Test
    void semanticErrorsAre400() {
        assertThat(post("/v1/moderations", "{\"model\":\"mistral-small-latest\",\"input\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(post("/v1/moderations", "{\"model\":\"mistral-moderation-latest\",\"input\":[]}").status())
                .isEqualTo(400);
        assertThat(post("/v1/chat/classifications", "{\"model\":\"no-model\",\"input\":{\"messages\":[]}}")
                .json().get("message").getAsString()).contains("no-model");
    }

    private static List<String> flagged(JsonElement result) {
        return result.getAsJsonObject().getAsJsonObject("categories").entrySet().stream()
                .filter(e -> e.getValue().getAsBoolean()).map(Map.Entry::getKey).toList();
    }

    private static String top(JsonObject result) {
        return result.getAsJsonObject("sentiment").getAsJsonObject("scores").entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.getAsDouble(), b.getAsDouble())))
                .orElseThrow().getKey();
    }

    private static List<String> locs(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        return r.json().getAsJsonArray("detail").asList().stream().map(e -> e.getAsJsonObject().get("type")
                .getAsString() + " " + e.getAsJsonObject().get("loc")).toList();
    }
}
