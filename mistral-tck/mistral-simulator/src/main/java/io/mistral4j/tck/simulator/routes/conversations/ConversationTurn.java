package io.mistral4j.tck.simulator.routes.conversations;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The simulated answer to one turn, computed from the conversation's entries and tools: the
 * result of a function call is reported in words; a user message is answered with a call of the
 * conversation's first function when it has one and the message asks for it ("call", "use" or
 * the function's name), otherwise echoed back in words. Before that, an agent may hand off to
 * another ({@link Handoffs}) and built-in tools the message names run ({@link BuiltInTools}).
 */
final class ConversationTurn {

    private ConversationTurn() {
    }

    /** The output entries (without ids and times yet) answering the conversation as it now is. */
    static List<JsonObject> answer(JsonObject info, List<JsonObject> entries, Function<String, JsonObject> agents) {
        JsonObject lastEntry = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        List<JsonObject> outputs = new ArrayList<>();
        String type = lastEntry == null ? "" : lastEntry.get("type").getAsString();
        if (type.equals("function.result")) {
            String callId = lastEntry.get("tool_call_id").getAsString();
            String name = entries.stream().filter(e -> e.get("type").getAsString().equals("function.call")
                            && callId.equals(stringOr(e, "tool_call_id", "")))
                    .map(e -> e.get("name").getAsString()).findFirst().orElse("the function");
            outputs.add(message(info, "The result of " + name + " is " + lastEntry.get("result").getAsString()
                    + "."));
            return outputs;
        }
        String text = lastEntry == null ? "" : textOf(lastEntry);
        JsonObject agent = Handoffs.current(info, entries, agents);
        JsonObject speaker = info;
        if (agent != null && !agent.get("id").equals(info.get("agent_id"))) {
            speaker = speaker(agent);
        }
        JsonObject next = Handoffs.target(agent, text, agents);
        if (next != null) {
            outputs.add(Handoffs.entry(agent, next));
            outputs.add(message(speaker(next), next.get("name").getAsString() + " here. You said: " + text));
            return outputs;
        }
        JsonArray tools = info.has("tools") && info.get("tools").isJsonArray() && !info.getAsJsonArray("tools").isEmpty()
                ? info.getAsJsonArray("tools") : agent != null && agent.get("tools").isJsonArray()
                ? agent.getAsJsonArray("tools") : null;
        List<JsonObject> executions = BuiltInTools.executions(tools, text);
        if (!executions.isEmpty()) {
            for (JsonObject execution : executions) {
                who(speaker, execution);
                outputs.add(execution);
            }
            outputs.add(message(speaker, BuiltInTools.summary(executions)));
            return outputs;
        }
        JsonObject function = firstFunction(info);
        if (function != null && asksFor(text, function.get("name").getAsString())) {
            JsonObject call = new JsonObject();
            call.addProperty("type", "function.call");
            call.addProperty("tool_call_id", "call_" + Long.toHexString(System.nanoTime()));
            call.addProperty("name", function.get("name").getAsString());
            call.addProperty("arguments", "{}");
            who(info, call);
            outputs.add(call);
            return outputs;
        }
        outputs.add(message(speaker, text.isBlank() ? "Hello! How can I help?" : "You said: " + text));
        return outputs;
    }

    /** Who answers for an agent: its id and model. */
    private static JsonObject speaker(JsonObject agent) {
        JsonObject speaker = new JsonObject();
        speaker.add("agent_id", agent.get("id"));
        speaker.add("model", agent.get("model"));
        return speaker;
    }

    private static boolean asksFor(String text, String function) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("call") || lower.contains("use ") || lower.contains(function.toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonObject firstFunction(JsonObject info) {
        JsonElement tools = info.get("tools");
        if (tools == null || !tools.isJsonArray()) {
            return null;
        }
        for (JsonElement tool : tools.getAsJsonArray()) {
            JsonObject object = tool.getAsJsonObject();
            if ("function".equals(stringOr(object, "type", "")) && object.has("function")) {
                return object.getAsJsonObject("function");
            }
        }
        return null;
    }

    private static JsonObject message(JsonObject info, String text) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message.output");
        message.addProperty("role", "assistant");
        message.addProperty("content", text);
        who(info, message);
        return message;
    }

    private static void who(JsonObject info, JsonObject entry) {
        entry.addProperty("model", info.has("model") ? info.get("model").getAsString() : "mistral-medium-latest");
        if (info.has("agent_id")) {
            entry.addProperty("agent_id", info.get("agent_id").getAsString());
        }
    }

    /** A message's text: the string, or its text chunks joined. */
    static String textOf(JsonObject entry) {
        JsonElement content = entry.get("content");
        if (content == null || content.isJsonNull()) {
            return "";
        }
        if (content.isJsonPrimitive()) {
            return content.getAsString();
        }
        StringBuilder text = new StringBuilder();
        if (content.isJsonArray()) {
            for (JsonElement chunk : (JsonArray) content) {
                if (chunk.isJsonObject() && chunk.getAsJsonObject().has("text")) {
                    text.append(chunk.getAsJsonObject().get("text").getAsString());
                }
            }
        }
        return text.toString();
    }

    static String stringOr(JsonObject object, String field, String fallback) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() ? fallback : value.getAsString();
    }
}
