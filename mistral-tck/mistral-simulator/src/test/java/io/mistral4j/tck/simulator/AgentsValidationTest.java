package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.mistral4j.tck.simulator.AgentHttp.agent;
import static io.mistral4j.tck.simulator.AgentHttp.call;
import static io.mistral4j.tck.simulator.AgentHttp.create;
import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The agents routes refuse what the API refuses, with the API's error shapes. */
class AgentsValidationTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static MistralSimulator sim() {
        return SIMULATOR.simulator();
    }

    @Test
    void unknownFieldIsExtraForbidden() {
        JsonObject body = agent("a", "mistral-small-latest");
        body.addProperty("colour", "blue");

        assertThat(onlyError(TestHttp.post(sim(), "/v1/agents", body))).isEqualTo(parse(
                "{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"colour\"],"
                        + "\"msg\":\"Extra inputs are not permitted\",\"input\":\"blue\"}"));
    }

    @Test
    void wrongTypeAndMissingFieldAreReportedTogether() {
        JsonObject body = new JsonObject();
        body.addProperty("model", 5);

        TestHttp.Response r = TestHttp.post(sim(), "/v1/agents", body);

        assertThat(r.status()).isEqualTo(422);
        JsonArray detail = r.json().getAsJsonArray("detail");
        assertThat(detail).hasSize(2);
        assertThat(detail.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("string_type");
        assertThat(detail.get(0).getAsJsonObject().get("loc")).isEqualTo(parse("{\"l\":[\"body\",\"model\"]}").get("l"));
        assertThat(detail.get(1).getAsJsonObject().get("type").getAsString()).isEqualTo("missing");
        assertThat(detail.get(1).getAsJsonObject().get("loc")).isEqualTo(parse("{\"l\":[\"body\",\"name\"]}").get("l"));
    }

    @Test
    void toolsAreCheckedByTheirType() {
        JsonObject body = agent("a", "mistral-small-latest");
        body.add("tools", parse("{\"t\":[{\"type\":\"teleport\"},{\"type\":\"function\",\"function\":{\"name\":\"f\"}},"
                + "{\"type\":\"document_library\",\"library_ids\":[]},{\"type\":\"web_search\",\"depth\":3}]}")
                .get("t"));

        TestHttp.Response r = TestHttp.post(sim(), "/v1/agents", body);

        assertThat(r.status()).isEqualTo(422);
        JsonArray detail = r.json().getAsJsonArray("detail");
        assertThat(detail).extracting(e -> e.getAsJsonObject().get("type").getAsString())
                .containsExactly("union_tag_invalid", "missing", "extra_forbidden", "too_short");
        assertThat(detail.get(1).getAsJsonObject().get("loc").toString())
                .isEqualTo("[\"body\",\"tools\",1,\"function\",\"parameters\"]");
        assertThat(detail.get(3).getAsJsonObject().get("loc").toString())
                .isEqualTo("[\"body\",\"tools\",2,\"library_ids\"]");
    }

    @Test
    void lengthLimitsOfHandoffsAndVersionMessage() {
        JsonObject body = agent("a", "mistral-small-latest");
        body.add("handoffs", new JsonArray());
        body.addProperty("version_message", "x".repeat(501));

        TestHttp.Response r = TestHttp.post(sim(), "/v1/agents", body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().getAsJsonArray("detail")).extracting(e -> e.getAsJsonObject().get("type").getAsString())
                .containsExactly("too_short", "string_too_long");
    }

    @Test
    void unknownModelIs400() {
        TestHttp.Response r = TestHttp.post(sim(), "/v1/agents", agent("a", "no-such-model"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("type").getAsString()).isEqualTo("invalid_model");
    }

    @Test
    void pageSizeOfZeroAndNonNumbersAreRefused() {
        JsonObject error = onlyError(TestHttp.get(sim(), "/v1/agents?page_size=0"));
        assertThat(error).isEqualTo(parse("{\"type\":\"greater_than_equal\",\"loc\":[\"query\",\"page_size\"],"
                + "\"msg\":\"Input should be greater than or equal to 1\",\"input\":\"0\",\"ctx\":{\"ge\":1}}"));
        assertThat(onlyError(TestHttp.get(sim(), "/v1/agents/pages?page_size=1001")).get("type").getAsString())
                .isEqualTo("less_than_equal");
        assertThat(onlyError(TestHttp.get(sim(), "/v1/agents?page=-1")).get("type").getAsString())
                .isEqualTo("greater_than_equal");
        assertThat(onlyError(TestHttp.get(sim(), "/v1/agents?page=two")).get("type").getAsString())
                .isEqualTo("int_parsing");
        assertThat(onlyError(TestHttp.get(sim(), "/v1/agents?sources=email")).get("loc").toString())
                .isEqualTo("[\"query\",\"sources\",0]");
        assertThat(onlyError(TestHttp.get(sim(), "/v1/agents?deployment_chat=maybe")).get("type").getAsString())
                .isEqualTo("bool_parsing");
        assertThat(onlyError(TestHttp.get(sim(), "/v1/agents?metadata=%7Bnot-json")).get("type").getAsString())
                .isEqualTo("json_invalid");
        assertThat(TestHttp.get(sim(), "/v1/agents/pages?page_token=garbage!").status()).isEqualTo(400);
    }

    @Test
    void aliasesAndVersionsAreCheckedInTheQuery() {
        String id = create(sim(), agent("a", "mistral-small-latest")).get("id").getAsString();

        assertThat(onlyError(call(sim(), "PUT", "/v1/agents/" + id + "/aliases?alias=Prod&version=0", null))
                .get("type").getAsString()).isEqualTo("string_pattern_mismatch");
        JsonObject missing = onlyError(call(sim(), "PUT", "/v1/agents/" + id + "/aliases?alias=prod", null));
        assertThat(missing.get("type").getAsString()).isEqualTo("missing");
        assertThat(missing.get("loc").toString()).isEqualTo("[\"query\",\"version\"]");
        assertThat(onlyError(call(sim(), "PATCH", "/v1/agents/" + id + "/version", null)).get("type").getAsString())
                .isEqualTo("missing");
        assertThat(onlyError(TestHttp.get(sim(), "/v1/agents/" + id + "/versions?page_size=101")).get("type")
                .getAsString()).isEqualTo("less_than_equal");
    }

    @Test
    void completionRequestIsValidatedLikeTheSpec() {
        JsonObject body = new JsonObject();
        body.add("messages", parse("{\"m\":[{\"role\":\"user\",\"content\":\"hi\"}]}").get("m"));
        body.addProperty("model", "mistral-small-latest");

        TestHttp.Response r = TestHttp.post(sim(), "/v1/agents/completions", body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().getAsJsonArray("detail")).extracting(e -> e.getAsJsonObject().get("type").getAsString()
                + " " + e.getAsJsonObject().get("loc")).containsExactly(
                "missing [\"body\",\"agent_id\"]", "extra_forbidden [\"body\",\"model\"]");
    }

    private static JsonObject onlyError(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonArray detail = r.json().getAsJsonArray("detail");
        assertThat(detail).as(r.body()).hasSize(1);
        return detail.get(0).getAsJsonObject();
    }
}
