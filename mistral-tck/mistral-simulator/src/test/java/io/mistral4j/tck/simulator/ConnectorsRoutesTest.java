package io.mistral4j.tck.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connectors routes over raw HTTP: validation like the API (422 naming the place), 404 for
 * unknown connectors, cursor paging, per-level activation and credentials, deterministic tools,
 * and secrets that no answer ever carries.
 */
class ConnectorsRoutesTest {

    private static final String UNKNOWN = "3f1c0a52-7d7e-4c2b-9a51-0c5e6f7a8b9c";
    private static final String STR = "{\"type\":\"string\"}";
    /** The spec's {@code Connector}: required fields and types. */
    private static final String CONNECTOR = "{\"type\":\"object\",\"required\":[\"id\",\"name\",\"description\","
            + "\"created_at\",\"modified_at\",\"owner_type\",\"visibility\",\"private_tool_execution\"],"
            + "\"properties\":{\"id\":" + STR + ",\"name\":" + STR + ",\"description\":" + STR
            + ",\"created_at\":" + STR + ",\"modified_at\":" + STR
            + ",\"owner_type\":{\"enum\":[\"user\",\"org\",\"workspace\",\"system\"]}"
            + ",\"visibility\":{\"enum\":[\"shared_global\",\"shared_org\",\"shared_workspace\",\"private\"]}"
            + ",\"private_tool_execution\":{\"type\":\"boolean\"}"
            + ",\"supported_auth_methods\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"required\":[\"method_type\",\"has_default_credentials\"]}}}}";

    private MistralSimulator sim;
    private final List<String> answers = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = MistralSimulator.builder().clock(SimulatedClock.frozen()).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TestHttp.Response kept(TestHttp.Response response) {
        answers.add(response.body());
        return response;
    }

    private TestHttp.Response get(String path) {
        return kept(TestHttp.get(sim, path));
    }

    private TestHttp.Response post(String path, String body) {
        return kept(TestHttp.post(sim, path, body));
    }

    private TestHttp.Response send(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return kept(TestHttp.send(TestHttp.request(sim, path).header("Content-Type", "application/json")
                .method(method, publisher).build()));
    }

    private JsonObject create(String name) {
        TestHttp.Response created = post("/v1/connectors", "{\"name\":\"" + name + "\",\"description\":\"docs\","
                + "\"server\":\"https://mcp.example.com/sse\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aCreatedConnectorIsReadByIdOrNameInTheSpecShape() {
        JsonObject created = create("wiki");
        String id = created.get("id").getAsString();

        JsonObject byId = get("/v1/connectors/" + id).json();
        JsonObject byName = get("/v1/connectors/wiki").json();

        assertThat(JsonSchemaCheck.problems(JsonParser.parseString(CONNECTOR), byId)).isEmpty();
        assertThat(byName.get("id").getAsString()).isEqualTo(id);
        assertThat(byId.get("visibility").getAsString()).isEqualTo("private");
        assertThat(byId.getAsJsonArray("tools")).hasSize(3);
    }

    @Test
    void badFieldsAre422NamingThemAndUnknownConnectors404() {
        TestHttp.Response missing = post("/v1/connectors", "{\"name\":\"x\"}");
        TestHttp.Response badName = post("/v1/connectors", "{\"name\":\"has space\",\"description\":\"d\","
                + "\"server\":\"https://a.example\"}");
        TestHttp.Response badServer = post("/v1/connectors", "{\"name\":\"ok\",\"description\":\"d\","
                + "\"server\":\"not a url\"}");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"description\"").contains("\"server\"");
        assertThat(badName.status()).isEqualTo(422);
        assertThat(badName.body()).contains("string_pattern_mismatch").contains("\"name\"");
        assertThat(badServer.status()).isEqualTo(422);
        assertThat(badServer.body()).contains("url_parsing");
        assertThat(get("/v1/connectors/" + UNKNOWN).status()).isEqualTo(404);
        assertThat(send("DELETE", "/v1/connectors/" + UNKNOWN, null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/v1/connectors/not-a-uuid", null).status()).isEqualTo(422);
        assertThat(post("/v1/connectors/" + UNKNOWN + "/everyone/activate", "").status()).isEqualTo(422);
    }

    @Test
    void theListPagesByCursorAndFiltersActiveConnectors() {
        String first = create("a1").get("id").getAsString();
        create("a2");
        create("a3");
        assertThat(post("/v1/connectors/" + first + "/workspace/activate", "").status()).isEqualTo(200);

        JsonObject page1 = get("/v1/connectors?page_size=2").json();
        String cursor = page1.getAsJsonObject("pagination").get("next_cursor").getAsString();
        JsonObject page2 = get("/v1/connectors?page_size=2&cursor=" + cursor).json();
        JsonObject active = get("/v1/connectors?active=true").json();

        assertThat(page1.getAsJsonArray("items")).hasSize(2);
        assertThat(page2.getAsJsonArray("items")).hasSize(1);
        assertThat(page2.getAsJsonObject("pagination").get("next_cursor").isJsonNull()).isTrue();
        assertThat(active.getAsJsonArray("items")).hasSize(1);
        assertThat(active.getAsJsonArray("items").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(first);
        assertThat(get("/v1/connectors?page_size=0").status()).isEqualTo(422);
    }

    @Test
    void toolsAreListedAndCalledDeterministically() {
        create("drive");

        JsonArray tools = JsonParser.parseString(get("/v1/connectors/drive/tools").body()).getAsJsonArray();
        JsonObject call = post("/v1/connectors/drive/tools/search/call", "{\"arguments\":{\"query\":\"paris\"}}").json();
        JsonObject again = post("/v1/connectors/drive/tools/search/call", "{\"arguments\":{\"query\":\"paris\"}}").json();

        assertThat(tools).extracting(t -> t.getAsJsonObject().get("name").getAsString())
                .containsExactly("search", "fetch", "echo");
        assertThat(tools.get(0).getAsJsonObject().has("inputSchema")).isTrue();
        assertThat(call.getAsJsonArray("content").get(0).getAsJsonObject().get("text").getAsString())
                .isEqualTo("2 results for 'paris' in drive");
        assertThat(call).isEqualTo(again);
        assertThat(post("/v1/connectors/drive/tools/nope/call", "{}").status()).isEqualTo(404);
        assertThat(post("/v1/connectors/drive/tools/search/call", "{\"arguments\":{}}").status()).isEqualTo(422);
    }

    @Test
    void credentialsAreStoredPerLevelAndNeverAnswered() {
        String id = post("/v1/connectors", "{\"name\":\"crm\",\"description\":\"d\",\"server\":\"https://crm.example\","
                + "\"headers\":{\"X-Org\":\"org-secret-1\"},\"auth_data\":{\"client_id\":\"cid\","
                + "\"client_secret\":\"client-secret-2\"},\"global_headers\":{\"X-Key\":{\"value\":\"global-secret-3\"}}}")
                .json().get("id").getAsString();
        assertThat(post("/v1/connectors/crm/user/credentials", "{\"name\":\"mine\",\"credentials\":"
                + "{\"bearer_token\":\"bearer-secret-4\"}}").status()).isEqualTo(200);
        assertThat(post("/v1/connectors/crm/workspace/credentials", "{\"name\":\"team\",\"credentials\":"
                + "{\"headers\":{\"X-Team\":\"header-secret-5\"}}}").status()).isEqualTo(200);
        assertThat(post("/v1/connectors/crm/organization/credentials", "{\"name\":\"org\",\"credentials\":"
                + "{\"oauth\":{\"access_token\":\"access-secret-6\",\"refresh_token\":\"refresh-secret-7\"}}}")
                .status()).isEqualTo(200);
        send("PATCH", "/v1/connectors/" + id, "{\"auth_methods\":[{\"method_type\":\"oauth2\","
                + "\"oauth2_metadata_secrets\":{\"client_id\":\"c2\",\"client_secret\":\"client-secret-8\"}}]}");

        JsonObject user = get("/v1/connectors/crm/user/credentials").json();
        get("/v1/connectors/crm/workspace/credentials");
        get("/v1/connectors/crm/organization/credentials?auth_type=oauth2");
        get("/v1/connectors/crm?fetch_user_data=true");
        get("/v1/connectors/crm/authentication_methods");
        get("/v1/connectors");

        assertThat(user.getAsJsonArray("credentials")).hasSize(1);
        JsonObject mine = user.getAsJsonArray("credentials").get(0).getAsJsonObject();
        assertThat(mine.get("authentication_type").getAsString()).isEqualTo("bearer");
        assertThat(mine.get("is_default").getAsBoolean()).isTrue();
        assertThat(String.join("\n", answers)).doesNotContain("org-secret-1", "client-secret-2", "global-secret-3",
                "bearer-secret-4", "header-secret-5", "access-secret-6", "refresh-secret-7", "client-secret-8");
        assertThat(send("DELETE", "/v1/connectors/crm/workspace/credentials/team", null).status()).isEqualTo(200);
        assertThat(send("DELETE", "/v1/connectors/crm/workspace/credentials/team", null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/v1/connectors/crm/user/credentials", null).status()).isEqualTo(200);
        assertThat(get("/v1/connectors/crm/user/credentials").json().getAsJsonArray("credentials")).isEmpty();
        assertThat(post("/v1/connectors/crm/user/credentials", "{\"name\":\"bad name\"}").status()).isEqualTo(422);
    }

    @Test
    void theAuthUrlNeedsAnInteractiveMethodTheConnectorHas() {
        create("plain");
        post("/v1/connectors", "{\"name\":\"oauthy\",\"description\":\"d\",\"server\":\"https://o.example\","
                + "\"auth_data\":{\"client_id\":\"c\"}}");

        TestHttp.Response url = get("/v1/connectors/oauthy/auth_url?app_return_url=https%3A%2F%2Fapp.example");

        assertThat(url.status()).isEqualTo(200);
        assertThat(url.json().get("auth_url").getAsString()).contains("oauth2/authorize");
        assertThat(url.json().get("ttl").getAsInt()).isPositive();
        assertThat(get("/v1/connectors/plain/auth_url").status()).isEqualTo(400);
        assertThat(get("/v1/connectors/oauthy/auth_url?method_type=magic").status()).isEqualTo(422);
    }

    @Test
    void shareActivateAndDeleteChangeTheConnector() {
        String id = create("shared").get("id").getAsString();

        assertThat(send("PUT", "/v1/connectors/" + id + "/share", null).status()).isEqualTo(200);
        assertThat(get("/v1/connectors/" + id).json().get("visibility").getAsString()).isEqualTo("shared_org");
        send("DELETE", "/v1/connectors/" + id + "/share", null);
        assertThat(get("/v1/connectors/" + id).json().get("visibility").getAsString()).isEqualTo("private");
        post("/v1/connectors/" + id + "/user/activate", "");
        assertThat(get("/v1/connectors/" + id).json().get("active").getAsBoolean()).isTrue();
        post("/v1/connectors/" + id + "/user/deactivate", "");
        assertThat(get("/v1/connectors/" + id).json().get("active").getAsBoolean()).isFalse();
        JsonObject renamed = send("PATCH", "/v1/connectors/" + id, "{\"name\":\"renamed\",\"title\":\"T\"}").json();
        assertThat(renamed.get("name").getAsString()).isEqualTo("renamed");
        assertThat(send("DELETE", "/v1/connectors/" + id, null).json().get("message").getAsString()).contains(id);
        assertThat(get("/v1/connectors/renamed").status()).isEqualTo(404);
    }
}
