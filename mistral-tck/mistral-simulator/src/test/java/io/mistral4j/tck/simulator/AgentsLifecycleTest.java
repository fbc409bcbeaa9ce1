package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.mistral4j.tck.simulator.AgentHttp.agent;
import static io.mistral4j.tck.simulator.AgentHttp.call;
import static io.mistral4j.tck.simulator.AgentHttp.create;
import static io.mistral4j.tck.simulator.AgentHttp.problems;
import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The agents store over HTTP: create, read, version, alias, list, delete. One simulator per test. */
class AgentsLifecycleTest {

    private MistralSimulator sim;

    @BeforeEach
    void start() {
        sim = MistralSimulator.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createdAgentHasTheSpecShapeAndVersionZero() {
        JsonObject body = agent("pirate", "mistral-medium-latest");
        body.addProperty("instructions", "Answer like a pirate.");
        body.add("tools", parse("{\"t\":[" + ChatBodies.WEATHER_TOOL + ",{\"type\":\"web_search\"},"
                + "{\"type\":\"document_library\",\"library_ids\":[\"lib-1\"]}]}").get("t"));
        body.add("completion_args", parse("{\"temperature\":0.3,\"stop\":\"END\"}"));
        body.add("metadata", parse("{\"team\":\"search\"}"));

        JsonObject agent = create(sim, body);

        assertThat(problems("Agent", agent)).isEmpty();
        assertThat(agent.get("id").getAsString()).matches("ag_[0-9a-f]{32}");
        assertThat(agent.get("version").getAsInt()).isZero();
        assertThat(agent.getAsJsonArray("versions")).containsExactly(new com.google.gson.JsonPrimitive(0));
        assertThat(agent.get("instructions").getAsString()).isEqualTo("Answer like a pirate.");
        assertThat(agent.getAsJsonArray("tools")).hasSize(3);
        assertThat(agent.getAsJsonObject("completion_args").get("temperature").getAsDouble()).isEqualTo(0.3);
        assertThat(agent.getAsJsonObject("completion_args").get("tool_choice").getAsString()).isEqualTo("auto");
        assertThat(agent.get("source").getAsString()).isEqualTo("api");
        assertThat(agent.get("deployment_chat").getAsBoolean()).isFalse();
        assertThat(agent.get("description").isJsonNull()).isTrue();

        TestHttp.Response read = TestHttp.get(sim, "/v1/agents/" + agent.get("id").getAsString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(agent);
    }

    @Test
    void updatesMakeVersionsThatStayReadableBySwitchAndAlias() {
        JsonObject created = create(sim, withInstructions(agent("helper", "mistral-small-latest"), "Be brief."));
        String id = created.get("id").getAsString();

        JsonObject patch = new JsonObject();
        patch.addProperty("name", "helper-v2");
        patch.addProperty("version_message", "renamed");
        TestHttp.Response updated = call(sim, "PATCH", "/v1/agents/" + id, patch);

        assertThat(updated.status()).isEqualTo(200);
        JsonObject v1 = updated.json();
        assertThat(problems("Agent", v1)).isEmpty();
        assertThat(v1.get("version").getAsInt()).isEqualTo(1);
        assertThat(v1.get("name").getAsString()).isEqualTo("helper-v2");
        assertThat(v1.get("instructions").getAsString()).as("unpatched fields are kept").isEqualTo("Be brief.");
        assertThat(v1.get("version_message").getAsString()).isEqualTo("renamed");
        assertThat(ints(v1.getAsJsonArray("versions"))).containsExactly(0, 1);

        assertThat(TestHttp.get(sim, "/v1/agents/" + id + "?agent_version=0").json().get("name").getAsString())
                .isEqualTo("helper");
        assertThat(TestHttp.get(sim, "/v1/agents/" + id + "/versions/0").json().get("name").getAsString())
                .isEqualTo("helper");
        TestHttp.Response versions = TestHttp.get(sim, "/v1/agents/" + id + "/versions");
        assertThat(versions.status()).isEqualTo(200);
        JsonArray listed = com.google.gson.JsonParser.parseString(versions.body()).getAsJsonArray();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).getAsJsonObject().get("version").getAsInt()).as("newest first").isEqualTo(1);
        listed.forEach(v -> assertThat(problems("Agent", v)).isEmpty());

        TestHttp.Response switched = call(sim, "PATCH", "/v1/agents/" + id + "/version?version=0", null);
        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.json().get("version").getAsInt()).isZero();
        assertThat(TestHttp.get(sim, "/v1/agents/" + id).json().get("name").getAsString()).isEqualTo("helper");

        TestHttp.Response alias = call(sim, "PUT", "/v1/agents/" + id + "/aliases?alias=production&version=1", null);
        assertThat(alias.status()).isEqualTo(200);
        assertThat(problems("AgentAliasResponse", alias.json())).isEmpty();
        assertThat(alias.json().get("version").getAsInt()).isEqualTo(1);
        assertThat(TestHttp.get(sim, "/v1/agents/" + id + "?agent_version=production").json().get("name")
                .getAsString()).isEqualTo("helper-v2");
        JsonArray aliases = com.google.gson.JsonParser.parseString(
                TestHttp.get(sim, "/v1/agents/" + id + "/aliases").body()).getAsJsonArray();
        assertThat(aliases).hasSize(1);

        TestHttp.Response deletedAlias = call(sim, "DELETE", "/v1/agents/" + id + "/aliases?alias=production", null);
        assertThat(deletedAlias.status()).isEqualTo(204);
        assertThat(deletedAlias.body()).isEmpty();
        assertThat(TestHttp.get(sim, "/v1/agents/" + id + "?agent_version=production").status()).isEqualTo(404);
    }

    @Test
    void deletedAgentIsGone() {
        String id = create(sim, agent("temp", "mistral-small-latest")).get("id").getAsString();

        TestHttp.Response deleted = call(sim, "DELETE", "/v1/agents/" + id, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        TestHttp.Response read = TestHttp.get(sim, "/v1/agents/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("object").getAsString()).isEqualTo("error");
        assertThat(call(sim, "PATCH", "/v1/agents/" + id, new JsonObject()).status()).isEqualTo(404);
        assertThat(call(sim, "DELETE", "/v1/agents/" + id, null).status()).isEqualTo(404);
        assertThat(TestHttp.get(sim, "/v1/agents/" + id + "/versions").status()).isEqualTo(404);
    }

    @Test
    void unknownVersionsAndAliasesAre404() {
        String id = create(sim, agent("a", "mistral-small-latest")).get("id").getAsString();

        assertThat(TestHttp.get(sim, "/v1/agents/" + id + "?agent_version=7").status()).isEqualTo(404);
        assertThat(TestHttp.get(sim, "/v1/agents/" + id + "/versions/7").status()).isEqualTo(404);
        assertThat(call(sim, "PATCH", "/v1/agents/" + id + "/version?version=7", null).status()).isEqualTo(404);
        assertThat(call(sim, "PUT", "/v1/agents/" + id + "/aliases?alias=prod&version=7", null).status())
                .isEqualTo(404);
        assertThat(call(sim, "DELETE", "/v1/agents/" + id + "/aliases?alias=prod", null).status()).isEqualTo(404);
    }

    @Test
    void cursorPagesWalkEveryAgentOnceNewestFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, create(sim, agent("agent-" + i, "mistral-small-latest")).get("id").getAsString());
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            TestHttp.Response r = TestHttp.get(sim, "/v1/agents/pages?page_size=2"
                    + (token == null ? "" : "&page_token=" + token));
            assertThat(r.status()).isEqualTo(200);
            assertThat(problems("AgentListPage", r.json())).isEmpty();
            r.json().getAsJsonArray("data").forEach(a -> seen.add(a.getAsJsonObject().get("id").getAsString()));
            JsonElement next = r.json().get("next_page_token");
            token = next.isJsonNull() ? null : next.getAsString();
            pages++;
        } while (token != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(created);
    }

    @Test
    void numberedPagesAndFilters() {
        JsonObject tagged = agent("Research Helper", "mistral-small-latest");
        tagged.add("metadata", parse("{\"team\":\"search\",\"tier\":2}"));
        String taggedId = create(sim, tagged).get("id").getAsString();
        create(sim, agent("Writer", "mistral-small-latest"));
        create(sim, agent("writer-2", "mistral-small-latest"));

        assertThat(names("/v1/agents?page=0&page_size=2")).containsExactly("writer-2", "Writer");
        assertThat(names("/v1/agents?page=1&page_size=2")).containsExactly("Research Helper");
        assertThat(names("/v1/agents?page=2&page_size=2")).isEmpty();
        assertThat(names("/v1/agents?name=Writer")).containsExactly("Writer");
        assertThat(names("/v1/agents?search=WRITER")).containsExactly("writer-2", "Writer");
        assertThat(names("/v1/agents?search=" + taggedId.substring(3, 12))).containsExactly("Research Helper");
        assertThat(names("/v1/agents?id=" + taggedId)).containsExactly("Research Helper");
        assertThat(names("/v1/agents?metadata=%7B%22team%22%3A%22search%22%7D")).containsExactly("Research Helper");
        assertThat(names("/v1/agents?sources=api&sources=playground")).hasSize(3);
        assertThat(names("/v1/agents?sources=playground")).isEmpty();
        assertThat(names("/v1/agents?deployment_chat=true")).isEmpty();
        assertThat(names("/v1/agents/pages?name=Writer")).as("the cursor listing filters alike")
                .containsExactly("Writer");
    }

    private List<String> names(String path) {
        TestHttp.Response r = TestHttp.get(sim, path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonElement parsed = com.google.gson.JsonParser.parseString(r.body());
        JsonArray agents = parsed.isJsonArray() ? parsed.getAsJsonArray()
                : parsed.getAsJsonObject().getAsJsonArray("data");
        List<String> out = new ArrayList<>();
        agents.forEach(a -> out.add(a.getAsJsonObject().get("name").getAsString()));
        return out;
    }

    private static JsonObject withInstructions(JsonObject body, String instructions) {
        body.addProperty("instructions", instructions);
        return body;
    }

    private static List<Integer> ints(JsonArray array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsInt()));
        return out;
    }
}
