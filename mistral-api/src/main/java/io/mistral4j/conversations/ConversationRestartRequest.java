package io.mistral4j.conversations;

import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Restarts a conversation from one of its entries ({@code POST /v1/conversations/{id}/restart}):
 * a new conversation holding the entries up to it, then these inputs and the answer to them.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param inputs           the entries sent after the restart point, or null
 * @param store            whether the server keeps the new conversation (default true), or null
 * @param handoffExecution {@code server} or {@code client}, or null
 * @param completionArgs   sampling settings, or null
 * @param guardrails       moderation checks, or null
 * @param metadata         free-form metadata of the new conversation, or null
 * @param fromEntryId      the entry to restart from (it is kept, what follows it is not)
 * @param agentVersion     the agent's version number or alias to continue with, or null
 */
public record ConversationRestartRequest(List<ConversationEntry> inputs, Boolean store, String handoffExecution,
                                         CompletionArgs completionArgs, List<GuardrailConfig> guardrails,
                                         Map<String, Object> metadata, String fromEntryId, String agentVersion) {

    /** A builder restarting from {@code fromEntryId}. */
    public static Builder builder(String fromEntryId) {
        return new Builder().fromEntryId(fromEntryId);
    }

    /** An empty builder: set the entry to restart from. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link ConversationRestartRequest}. */
    public static final class Builder {
        private List<ConversationEntry> inputs = new ArrayList<>();
        private Boolean store;
        private String handoffExecution;
        private CompletionArgs completionArgs;
        private List<GuardrailConfig> guardrails;
        private Map<String, Object> metadata;
        private String fromEntryId;
        private String agentVersion;

        private Builder() {
        }

        /** The entry to restart from. */
        public Builder fromEntryId(String fromEntryId) {
            this.fromEntryId = fromEntryId;
            return this;
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

        /** Whether the server keeps the new conversation; default true. */
        public Builder store(Boolean store) {
            this.store = store;
            return this;
        }

        /** {@code server} or {@code client}. */
        public Builder handoffExecution(String handoffExecution) {
            this.handoffExecution = handoffExecution;
            return this;
        }

        /** Sampling settings for the answer. */
        public Builder completionArgs(CompletionArgs completionArgs) {
            this.completionArgs = completionArgs;
            return this;
        }

        /** Moderation checks. */
        public Builder guardrails(List<GuardrailConfig> guardrails) {
            this.guardrails = guardrails;
            return this;
        }

        /** Free-form metadata of the new conversation. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** The agent's version number to continue with. */
        public Builder agentVersion(int agentVersion) {
            this.agentVersion = Integer.toString(agentVersion);
            return this;
        }

        /** The agent's version alias to continue with. */
        public Builder agentVersion(String agentVersion) {
            this.agentVersion = agentVersion;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public ConversationRestartRequest build() {
            Require.text("fromEntryId", fromEntryId);
            List<ConversationEntry> checked = ConversationChecks.inputs(inputs, false);
            ConversationChecks.handoffExecution(handoffExecution);
            ConversationChecks.agentVersion(agentVersion);
            Require.noNulls("guardrails", guardrails);
            return new ConversationRestartRequest(checked, store, handoffExecution, completionArgs,
                    guardrails == null ? null : List.copyOf(guardrails),
                    metadata == null ? null : Map.copyOf(metadata), fromEntryId, agentVersion);
        }
    }
}
