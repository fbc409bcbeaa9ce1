package io.mistral4j.tck.simulator.routes.conversations;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Handoffs between agents: the agent answering a conversation (its own agent, or the last one
 * handed off to) hands off when its {@code handoffs} lists other agents and the user's message
 * says "hand off" or "handoff" (any case): to the listed agent whose name the message holds,
 * else to the first one listed. The agent handed off to answers from then on.
 */
final class Handoffs {

    private Handoffs() {
    }

    /** The agent answering now: the last one handed off to, else the conversation's own; null without one. */
    static JsonObject current(JsonObject info, List<JsonObject> entries, Function<String, JsonObject> agents) {
        String id = info.has("agent_id") ? info.get("agent_id").getAsString() : null;
        for (JsonObject entry : entries) {
            if ("agent.handoff".equals(ConversationTurn.stringOr(entry, "type", ""))
                    && entry.has("next_agent_id") && !entry.get("next_agent_id").isJsonNull()) {
                id = entry.get("next_agent_id").getAsString();
            }
        }
        return id == null ? null : agents.apply(id);
    }

    /** The agent {@code agent} hands off to for {@code text}, or null when it does not. */
    static JsonObject target(JsonObject agent, String text, Function<String, JsonObject> agents) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (agent == null || !(lower.contains("hand off") || lower.contains("handoff"))
                || !agent.has("handoffs") || !agent.get("handoffs").isJsonArray()) {
            return null;
        }
        JsonObject first = null;
        for (JsonElement id : agent.getAsJsonArray("handoffs")) {
            JsonObject candidate = agents.apply(id.getAsString());
            if (candidate == null) {
                continue;
            }
            if (lower.contains(candidate.get("name").getAsString().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
            first = first == null ? candidate : first;
        }
        return first;
    }

    /** The {@code agent.handoff} entry from one agent to the next. */
    static JsonObject entry(JsonObject from, JsonObject to) {
        JsonObject handoff = new JsonObject();
        handoff.addProperty("type", "agent.handoff");
        handoff.add("previous_agent_id", from.get("id"));
        handoff.add("previous_agent_name", from.get("name"));
        handoff.add("next_agent_id", to.get("id"));
        handoff.add("next_agent_name", to.get("name"));
        return handoff;
    }
}
