package io.mistral4j.conversations;

import io.mistral4j.agents.AgentTool;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a conversation ({@code POST /v1/conversations}) with an agent or a model, sending its
 * first entries.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param inputs           the first entries: messages, and results of function calls
 * @param store            whether the server keeps the conversation (default true), or null
 * @param handoffExecution {@code server} (the server runs handoffs) or {@code client}, or null
 * @param instructions     the model's instructions, with a model; or null
 * @param tools            the model's tools, with a model; or null
 * @param completionArgs   sampling settings, or null
 * @param guardrails       moderation checks, or null
 * @param name             the conversation's name, or null
 * @param description      its description, or null
 * @param metadata         free-form metadata listings can filter on, or null
 * @param agentId          the agent to converse with, or null for a model
 * @param agentVersion     the agent's version number or alias, or null for its current one
 * @param model            the model to converse with, or null for an agent
 */
public record ConversationStartRequest(List<ConversationEntry> inputs, Boolean store, String handoffExecution,
                                       String instructions, List<AgentTool> tools, CompletionArgs completionArgs,
                                       List<GuardrailConfig> guardrails, String name, String description,
                                       Map<String, Object> metadata, String agentId, String agentVersion,
                                       String model) {

    /** An empty builder: set an agent or a model, and at least one input. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder().inputs(inputs).store(store).handoffExecution(handoffExecution)
                .instructions(instructions).tools(tools).completionArgs(completionArgs).guardrails(guardrails)
                .name(name).description(description).metadata(metadata).agentId(agentId).model(model);
        builder.agentVersion = agentVersion;
        return builder;
    }

    /** Builds and validates a {@link ConversationStartRequest}. */
    public static final class Builder {
        private List<ConversationEntry> inputs = new ArrayList<>();
        private Boolean store;
        private String handoffExecution;
        private String instructions;
        private List<AgentTool> tools;
        private CompletionArgs completionArgs;
        private List<GuardrailConfig> guardrails;
        private String name;
        private String description;
        private Map<String, Object> metadata;
        private String agentId;
        private String agentVersion;
        private String model;

        private Builder() {
        }

        /** Adds a user message of plain text. */
        public Builder input(String text) {
            inputs.add(ConversationEntry.MessageInput.user(text));
            return this;
        }

        /** Adds an entry: a message or a function result. */
        public Builder input(ConversationEntry entry) {
            inputs.add(entry);
            return this;
        }

        /** Replaces the entries. */
        public Builder inputs(List<? extends ConversationEntry> inputs) {
            this.inputs = inputs == null ? new ArrayList<>() : new ArrayList<>(inputs);
            return this;
        }

        /** Whether the server keeps the conversation (so that it can be appended to); default true. */
        public Builder store(Boolean store) {
            this.store = store;
            return this;
        }

        /** {@code server} to let the server run handoffs between agents, {@code client} to run them yourself. */
        public Builder handoffExecution(String handoffExecution) {
            this.handoffExecution = handoffExecution;
            return this;
        }

        /** The model's instructions (with a model only). */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /** Replaces the model's tools (with a model only). */
        public Builder tools(List<? extends AgentTool> tools) {
            this.tools = tools == null ? null : new ArrayList<>(tools);
            return this;
        }

        /** Adds a tool: a function or a built-in such as {@link AgentTool#webSearch()}. */
        public Builder addTool(AgentTool tool) {
            if (tools == null) {
                tools = new ArrayList<>();
            }
            tools.add(tool);
            return this;
        }

        /** Sampling settings for the answers. */
        public Builder completionArgs(CompletionArgs completionArgs) {
            this.completionArgs = completionArgs;
            return this;
        }

        /** Moderation checks applied to the conversation. */
        public Builder guardrails(List<GuardrailConfig> guardrails) {
            this.guardrails = guardrails;
            return this;
        }

        /** The conversation's name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The conversation's description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Free-form metadata; listings can filter on it. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** The agent to converse with (instead of a model). */
        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        /** The agent's version number. */
        public Builder agentVersion(int agentVersion) {
            this.agentVersion = Integer.toString(agentVersion);
            return this;
        }

        /** The agent's version alias. */
        public Builder agentVersion(String agentVersion) {
            this.agentVersion = agentVersion;
            return this;
        }

        /** The model to converse with (instead of an agent). */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public ConversationStartRequest build() {
            List<ConversationEntry> checked = ConversationChecks.inputs(inputs, true);
            if (agentId != null) {
                Require.text("agentId", agentId);
                if (model != null) {
                    throw new ValidationException("model", "give either an agent or a model, not both");
                }
                if (instructions != null || tools != null) {
                    throw new ValidationException(instructions != null ? "instructions" : "tools",
                            "belong to the agent: set them with a model only");
                }
            } else if (agentVersion != null) {
                throw new ValidationException("agentVersion", "needs an agentId");
            }
            if (model != null) {
                Require.text("model", model);
            }
            ConversationChecks.agentVersion(agentVersion);
            ConversationChecks.handoffExecution(handoffExecution);
            Require.noNulls("tools", tools);
            Require.noNulls("guardrails", guardrails);
            return new ConversationStartRequest(checked, store, handoffExecution, instructions,
                    tools == null ? null : List.copyOf(tools), completionArgs,
                    guardrails == null ? null : List.copyOf(guardrails), name, description,
                    metadata == null ? null : Map.copyOf(metadata), agentId, agentVersion, model);
        }
    }
}
