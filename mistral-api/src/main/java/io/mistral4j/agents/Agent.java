package io.mistral4j.agents;

import io.mistral4j.chat.GuardrailConfig;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agent as the API describes it, at one of its versions: a model with instructions, tools
 * and default completion parameters, usable in agent completions and conversations.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id             the agent's id
 * @param object         {@code agent}
 * @param name           its name
 * @param model          the model it answers with
 * @param description    what it is for, or null
 * @param instructions   the instructions the model follows, or null
 * @param tools          the tools it may use (never null)
 * @param completionArgs its default completion parameters, or null
 * @param guardrails     moderation applied to its conversations, or null
 * @param handoffs       ids of agents it may hand over to, or null
 * @param metadata       free-form metadata, or null
 * @param version        the version this description is of
 * @param versions       every version the agent has (never null)
 * @param createdAt      when the agent was created
 * @param updatedAt      when it was last changed
 * @param deploymentChat whether it is offered in Le Chat, or null when not reported
 * @param source         where it was made, e.g. {@code api}
 * @param versionMessage the note given with this version, or null
 */
public record Agent(
        String id,
        String object,
        String name,
        String model,
        String description,
        String instructions,
        List<AgentTool> tools,
        CompletionArgs completionArgs,
        List<GuardrailConfig> guardrails,
        List<String> handoffs,
        Map<String, Object> metadata,
        int version,
        List<Integer> versions,
        Instant createdAt,
        Instant updatedAt,
        Boolean deploymentChat,
        String source,
        String versionMessage) {

    /**
     * Copies the lists and the metadata; missing {@code tools} and {@code versions} become empty,
     * the other missing values stay null.
     */
    public Agent {
        tools = tools == null ? List.of() : List.copyOf(tools);
        versions = versions == null ? List.of() : List.copyOf(versions);
        guardrails = guardrails == null ? null : List.copyOf(guardrails);
        handoffs = handoffs == null ? null : List.copyOf(handoffs);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The tools of type {@code function}, which the application runs when the model calls them. */
    public List<FunctionTool> functionTools() {
        return tools.stream().filter(FunctionTool.class::isInstance).map(FunctionTool.class::cast).toList();
    }

    /** Where it was made as an open value, e.g. {@link RequestSource#API}. */
    public Optional<RequestSource> requestSource() {
        return Optional.ofNullable(source).map(RequestSource::of);
    }
}
