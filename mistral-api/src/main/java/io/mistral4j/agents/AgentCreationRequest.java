package io.mistral4j.agents;

import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a new agent is made of ({@code POST /v1/agents}). Build it with {@link #builder()}; a
 * null field is not sent.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param instructions   the instructions the model follows in every conversation
 * @param tools          the tools it may use
 * @param completionArgs its default completion parameters
 * @param guardrails     moderation applied to its conversations
 * @param model          the model, e.g. {@code mistral-medium-latest}; required
 * @param name           its name; required
 * @param description    what it is for
 * @param handoffs       ids of agents it may hand the conversation over to
 * @param metadata       free-form metadata, filterable when listing
 * @param versionMessage a note on this first version, at most 500 characters
 */
public record AgentCreationRequest(
        String instructions,
        List<AgentTool> tools,
        CompletionArgs completionArgs,
        List<GuardrailConfig> guardrails,
        String model,
        String name,
        String description,
        List<String> handoffs,
        Map<String, Object> metadata,
        String versionMessage) {

    /**
     * Copies the lists and the metadata into unmodifiable collections; prefer {@link #builder()},
     * which also validates.
     */
    public AgentCreationRequest {
        tools = tools == null ? null : List.copyOf(tools);
        guardrails = guardrails == null ? null : List.copyOf(guardrails);
        handoffs = handoffs == null ? null : List.copyOf(handoffs);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Starts an empty request; {@code model} and {@code name} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates an {@link AgentCreationRequest}. */
    public static final class Builder {
        private String instructions;
        private List<AgentTool> tools;
        private CompletionArgs completionArgs;
        private List<GuardrailConfig> guardrails;
        private String model;
        private String name;
        private String description;
        private List<String> handoffs;
        private Map<String, Object> metadata;
        private String versionMessage;

        private Builder() {
        }

        /** The model, e.g. {@code mistral-medium-latest}. Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** The agent's name. Required. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** What the agent is for, shown to people choosing an agent. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The instructions the model follows (sent as the system prompt). */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /** Replaces the tools. */
        public Builder tools(List<? extends AgentTool> tools) {
            this.tools = tools == null ? null : new ArrayList<>(tools);
            return this;
        }

        /** Adds a tool the agent may use: a function or a built-in such as {@link AgentTool#webSearch()}. */
        public Builder addTool(AgentTool tool) {
            if (tools == null) {
                tools = new ArrayList<>();
            }
            tools.add(tool);
            return this;
        }

        /** The completion parameters the agent answers with unless a call overrides them. */
        public Builder completionArgs(CompletionArgs completionArgs) {
            this.completionArgs = completionArgs;
            return this;
        }

        /** Moderation checks applied to the agent's conversations; null sends none. */
        public Builder guardrails(List<GuardrailConfig> guardrails) {
            this.guardrails = guardrails;
            return this;
        }

        /** Ids of agents this one may hand the conversation over to; at least one when set. */
        public Builder handoffs(List<String> handoffs) {
            this.handoffs = handoffs;
            return this;
        }

        /** Free-form metadata stored with the agent; listings can filter on it. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** A note on this version, at most 500 characters. */
        public Builder versionMessage(String versionMessage) {
            this.versionMessage = versionMessage;
            return this;
        }

        /** Validates and builds; a {@link io.mistral4j.errors.ValidationException} names the first wrong field. */
        public AgentCreationRequest build() {
            Require.text("model", model);
            Require.text("name", name);
            Checks.requireTools(tools);
            Require.noNulls("guardrails", guardrails);
            Checks.requireHandoffs(handoffs);
            Checks.requireVersionMessage(versionMessage);
            return new AgentCreationRequest(instructions, tools, completionArgs, guardrails, model, name, description,
                    handoffs, metadata, versionMessage);
        }
    }
}
