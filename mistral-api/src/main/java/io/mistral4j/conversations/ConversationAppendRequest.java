package io.mistral4j.conversations;

import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends entries to a conversation ({@code POST /v1/conversations/{id}}) and runs the answer.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param inputs            the entries: messages, and results of function calls
 * @param store             whether the server keeps the new entries (default true), or null
 * @param handoffExecution  {@code server} or {@code client}, or null
 * @param completionArgs    sampling settings, or null
 * @param toolConfirmations confirmations of calls waiting for one, as plain Java values
 *                          ({@code tool_call_id}, {@code confirmation}); or null
 */
public record ConversationAppendRequest(List<ConversationEntry> inputs, Boolean store, String handoffExecution,
                                        CompletionArgs completionArgs, List<Map<String, Object>> toolConfirmations) {

    /** A request sending one user message of plain text. */
    public static ConversationAppendRequest of(String text) {
        return builder().input(text).build();
    }

    /** A request sending these entries. */
    public static ConversationAppendRequest of(ConversationEntry... entries) {
        return builder().inputs(List.of(entries)).build();
    }

    /** An empty builder: add at least one input. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link ConversationAppendRequest}. */
    public static final class Builder {
        private List<ConversationEntry> inputs = new ArrayList<>();
        private Boolean store;
        private String handoffExecution;
        private CompletionArgs completionArgs;
        private List<Map<String, Object>> toolConfirmations;

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

        /** Whether the server keeps the new entries; default true. */
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

        /** Confirmations of calls that wait for one. */
        public Builder toolConfirmations(List<Map<String, Object>> toolConfirmations) {
            this.toolConfirmations = toolConfirmations;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public ConversationAppendRequest build() {
            List<ConversationEntry> checked = ConversationChecks.inputs(inputs, toolConfirmations == null);
            ConversationChecks.handoffExecution(handoffExecution);
            Require.noNulls("toolConfirmations", toolConfirmations);
            return new ConversationAppendRequest(checked, store, handoffExecution, completionArgs,
                    toolConfirmations == null ? null : List.copyOf(toolConfirmations));
        }
    }
}
