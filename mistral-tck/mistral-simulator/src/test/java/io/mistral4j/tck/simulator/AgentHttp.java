package io.mistral4j.tck.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.net.http.HttpRequest;

/** HTTP calls and fixtures for the agents tests. */
final class AgentHttp {

    /**
     * The spec's Agent, AgentAliasResponse and AgentListPage (components/schemas), trimmed to what
     * a response check needs: every property with its type, required fields, no extra fields.
     */
    static final JsonObject SCHEMAS = ChatBodies.parse("""
            {"Agent":{"type":"object","additionalProperties":false,
              "required":["model","name","id","version","versions","created_at","updated_at","deployment_chat","source"],
              "properties":{
                "instructions":{"anyOf":[{"type":"string"},{"type":"null"}]},
                "tools":{"type":"array","items":{"type":"object","required":["type"],"properties":{"type":{"enum":[
                  "function","web_search","web_search_premium","code_interpreter","image_generation",
                  "document_library","connector"]}}}},
                "completion_args":{"type":"object"},
                "guardrails":{"anyOf":[{"type":"array","items":{"type":"object"}},{"type":"null"}]},
                "model":{"type":"string"},"name":{"type":"string"},
                "description":{"anyOf":[{"type":"string"},{"type":"null"}]},
                "handoffs":{"anyOf":[{"type":"array","items":{"type":"string"},"minItems":1},{"type":"null"}]},
                "metadata":{"anyOf":[{"type":"object"},{"type":"null"}]},
                "object":{"type":"string","const":"agent"},"id":{"type":"string"},"version":{"type":"integer"},
                "versions":{"type":"array","items":{"type":"integer"}},
                "created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"},
                "deployment_chat":{"type":"boolean"},"source":{"type":"string"},
                "version_message":{"anyOf":[{"type":"string"},{"type":"null"}]}}},
             "AgentAliasResponse":{"type":"object","additionalProperties":false,
              "required":["alias","version","created_at","updated_at"],
              "properties":{"alias":{"type":"string"},"version":{"type":"integer"},
                "created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"}}},
             "AgentListPage":{"type":"object","additionalProperties":false,"required":["data"],
              "properties":{"object":{"type":"string","const":"list"},
                "data":{"type":"array","items":{"$ref":"#/Agent"}},
                "next_page_token":{"anyOf":[{"type":"string"},{"type":"null"}]}}}}""");

    private AgentHttp() {
    }

    /** Problems of {@code value} against one of {@link #SCHEMAS}; empty when it conforms. */
    static java.util.List<String> problems(String schema, JsonElement value) {
        JsonObject root = SCHEMAS.deepCopy();
        root.addProperty("$ref", "#/" + schema);
        return JsonSchemaCheck.problems(root, value);
    }

    static TestHttp.Response call(MistralSimulator sim, String method, String path, JsonElement body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        return TestHttp.send(TestHttp.request(sim, path).header("Content-Type", "application/json")
                .method(method, publisher).build());
    }

    static JsonObject agent(String name, String model) {
        JsonObject body = new JsonObject();
        body.addProperty("model", model);
        body.addProperty("name", name);
        return body;
    }

    /** Creates an agent and returns it; fails the test when the simulator refuses. */
    static JsonObject create(MistralSimulator sim, JsonObject body) {
        TestHttp.Response r = TestHttp.post(sim, "/v1/agents", body);
        if (r.status() != 200) {
            throw new AssertionError("create failed: " + r.status() + " " + r.body());
        }
        return r.json();
    }
}
