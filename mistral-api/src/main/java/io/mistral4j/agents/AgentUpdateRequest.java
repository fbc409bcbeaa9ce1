package io.mistral4j.agents;

import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to an agent ({@code PATCH /v1/agents/{agent_id}}); each update makes a new version.
 * Only the fields set are sent, the others keep their value. Build it with {@link #builder()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param instructions   new instructions
 * @param tools          the new tool list (replaces the old one)
 * @param completionArgs new default completion parameters
 * @param guardrails     new guardrails
 * @param model          a new model
 * @param name           a new name
 * @param description    a new description
 * @param handoffs       new handoff agent ids
 * @param deploymentChat whether the agent is offered in Le Chat
 * @param metadata       new metadata
 * @param versionMessage a note on the version this update makes, at most 500 characters
 */
public record AgentUpdateRequest(
        String instructions,
        List<AgentTool> tools,
        CompletionArgs completionArgs,
        List<GuardrailConfig> guardrails,
        String model,
        String name,
        String description,
        List<String> handoffs,
        Boolean deploymentChat,
        Map<String, Object> metadata,
        String versionMessage) {

    /**
     * Copies the lists and the metadata into unmodifiable collections; prefer {@link #builder()},
     * which also validates.
     */
    public AgentUpdateRequest {
        tools = tools == null ? null : List.copyOf(tools);
        guardrails = guardrails == null ? null : List.copyOf(guardrails);
        handoffs = handoffs == null ? null : List.copyOf(handoffs);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Starts an update that changes nothing; set only what should change. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates an {@link AgentUpdateRequest}. */
    public static final class Builder {
        private String instructions;
        private List<AgentTool> tools;
        private CompletionArgs completionArgs;
        private List<GuardrailConfig> guardrails;
        private String model;
        private String name;
        private String description;
        private List<String> handoffs;
        private Boolean deploymentChat;
        private Map<String, Object> metadata;
        private String versionMessage;

        private Builder() {
        }

        /** A new model; must not be blank when set. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** A new name; must not be blank when set. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** A new description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** New instructions (the agent's system prompt). */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /** Replaces the agent's tools with these. */
        public Builder tools(List<? extends AgentTool> tools) {
            this.tools = tools == null ? null : new ArrayList<>(tools);
            return this;
        }

        /** Adds a tool to the new tool list, which replaces the agent's old one. */
        public Builder addTool(AgentTool tool) {
            if (tools == null) {
                tools = new ArrayList<>();
            }
            tools.add(tool);
            return this;
        }

        /** New default completion parameters. */
        public Builder completionArgs(CompletionArgs completionArgs) {
            this.completionArgs = completionArgs;
            return this;
        }

        /** New guardrails, replacing the old ones. */
        public Builder guardrails(List<GuardrailConfig> guardrails) {
            this.guardrails = guardrails;
            return this;
        }

        /** New ids of agents this one may hand the conversation over to, replacing the old ones. */
        public Builder handoffs(List<String> handoffs) {
            this.handoffs = handoffs;
            return this;
        }

        /** Whether the agent is offered in Le Chat ({@code deployment_chat}). */
        public Builder deploymentChat(boolean deploymentChat) {
            this.deploymentChat = deploymentChat;
            return this;
        }

        /** New metadata, replacing the old. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** A note on the version this update makes, at most 500 characters. */
        public Builder versionMessage(String versionMessage) {
            this.versionMessage = versionMessage;
            return this;
        }

        /** Validates and builds; a {@link io.mistral4j.errors.ValidationException} names the first wrong field. */
        public AgentUpdateRequest build() {
            Checks.requireNotBlankIfSet("model", model);
            Checks.requireNotBlankIfSet("name", name);
            Checks.requireTools(tools);
            Require.noNulls("guardrails", guardrails);
            Checks.requireHandoffs(handoffs);
            Checks.requireVersionMessage(versionMessage);
            return new AgentUpdateRequest(instructions, tools, completionArgs, guardrails, model, name, description,
                    handoffs, deploymentChat, metadata, versionMessage);
        }
    }
}
