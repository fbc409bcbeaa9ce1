package io.mistral4j.conversations;

import io.mistral4j.agents.AgentTool;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.chat.GuardrailConfig;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored conversation: with a model (its instructions, tools and completion arguments) or with
 * an agent (its id and version).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id             the conversation's id
 * @param object         {@code conversation}
 * @param createdAt      when it was started
 * @param updatedAt      when it last changed
 * @param model          the model, for a conversation with a model; else null
 * @param agentId        the agent, for a conversation with an agent; else null
 * @param agentVersion   the agent's version or alias, or null
 * @param instructions   the model's instructions, or null
 * @param tools          the model's tools; empty when none
 * @param completionArgs the model's completion arguments, or null
 * @param guardrails     the guardrails; empty when none
 * @param name           the conversation's name, or null
 * @param description    its description, or null
 * @param metadata       its metadata as plain Java values; empty when none
 */
public record ConversationInfo(String id, String object, Instant createdAt, Instant updatedAt, String model,
                               String agentId, String agentVersion, String instructions, List<AgentTool> tools,
                               CompletionArgs completionArgs, List<GuardrailConfig> guardrails, String name,
                               String description, Map<String, Object> metadata) {

    /** Copies the lists and the metadata; missing ones become empty. */
    public ConversationInfo {
        tools = tools == null ? List.of() : List.copyOf(tools);
        guardrails = guardrails == null ? List.of() : List.copyOf(guardrails);
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Whether the conversation is held with an agent (else with a model). */
    public boolean withAgent() {
        return agentId != null;
    }
}
