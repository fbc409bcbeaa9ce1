package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.text.MessageText;
import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Typed read access to a ChatCompletionRequest body that already passed validation. */
public final class ChatRequest {

    private final JsonObject body;

    public ChatRequest(JsonObject body) {
        this.body = body;
    }

    public String model() {
        return Json.string(body, "model");
    }

    List<JsonObject> messages() {
        List<JsonObject> out = new ArrayList<>();
        JsonArray messages = Json.array(body, "messages");
        if (messages != null) {
            messages.forEach(m -> out.add(m.getAsJsonObject()));
        }
        return out;
    }

    JsonObject lastMessage() {
        List<JsonObject> messages = messages();
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    String lastRole() {
        JsonObject last = lastMessage();
        return last == null ? null : Json.string(last, "role");
    }

    /** Text of the most recent user message, or "" when there is none. */
    String lastUserText() {
        List<JsonObject> messages = messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(Json.string(messages.get(i), "role"))) {
                return MessageText.of(messages.get(i).get("content"));
            }
        }
        return "";
    }

    /** The {@code function} objects of the offered tools. */
    List<JsonObject> functions() {
        List<JsonObject> out = new ArrayList<>();
        JsonArray tools = Json.array(body, "tools");
        if (tools != null) {
            tools.forEach(t -> out.add(t.getAsJsonObject().getAsJsonObject("function")));
        }
        return out;
    }

    /** "auto", "none", "any" or "required"; "function" for the object form. */
    String toolChoiceMode() {
        JsonElement choice = body.get("tool_choice");
        if (choice == null || choice.isJsonNull()) {
            return "auto";
        }
        return Json.isString(choice) ? choice.getAsString() : "function";
    }

    /** The function named by the object form of tool_choice, or null. */
    String forcedFunctionName() {
        JsonObject choice = Json.object(body, "tool_choice");
        return choice == null ? null : Json.string(choice.getAsJsonObject("function"), "name");
    }

    boolean parallelToolCalls() {
        JsonElement e = body.get("parallel_tool_calls");
        return e == null || e.getAsBoolean();
    }

    int n() {
        JsonElement e = body.get("n");
        return e == null || e.isJsonNull() ? 1 : e.getAsInt();
    }

    Integer maxTokens() {
        JsonElement e = body.get("max_tokens");
        return e == null || e.isJsonNull() ? null : e.getAsInt();
    }

    Long randomSeed() {
        JsonElement e = body.get("random_seed");
        return e == null || e.isJsonNull() ? null : e.getAsLong();
    }

    List<String> stopSequences() {
        JsonElement e = body.get("stop");
        List<String> out = new ArrayList<>();
        if (Json.isString(e)) {
            out.add(e.getAsString());
        } else if (e != null && e.isJsonArray()) {
            e.getAsJsonArray().forEach(s -> out.add(s.getAsString()));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    public boolean stream() {
        JsonElement e = body.get("stream");
        return e != null && e.getAsBoolean();
    }

    /** "text", "json_object" or "json_schema". */
    String responseFormatType() {
        String type = Json.string(Json.object(body, "response_format"), "type");
        return type == null ? "text" : type;
    }

    /** The {@code json_schema} object of response_format, or null. */
    JsonObject jsonSchema() {
        return Json.object(Json.object(body, "response_format"), "json_schema");
    }

    String reasoningEffort() {
        return Json.string(body, "reasoning_effort");
    }
}
