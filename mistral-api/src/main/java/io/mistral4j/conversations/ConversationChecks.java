package io.mistral4j.conversations;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.List;

/** The checks the conversation requests share. */
final class ConversationChecks {

    static final List<String> HANDOFF_EXECUTIONS = List.of("client", "server");

    private ConversationChecks() {
    }

    /** The entries sent: at least one when {@code required}, none null, no message without content. */
    static List<ConversationEntry> inputs(List<ConversationEntry> inputs, boolean required) {
        if (inputs == null || inputs.isEmpty()) {
            if (required) {
                throw new ValidationException("inputs", "needs at least one entry");
            }
            return null;
        }
        Require.noNulls("inputs", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) instanceof ConversationEntry.MessageInput message
                    && (message.content() == null || message.role() == null)) {
                throw new ValidationException("inputs[" + i + "]", "a message needs a role and content");
            }
        }
        return List.copyOf(inputs);
    }

    /** {@code client} or {@code server}, or unset. */
    static void handoffExecution(String value) {
        if (value != null && !HANDOFF_EXECUTIONS.contains(value)) {
            throw new ValidationException("handoffExecution", "must be one of " + HANDOFF_EXECUTIONS + ", was "
                    + value);
        }
    }

    /** An agent version is a number or an alias, never blank. */
    static void agentVersion(String value) {
        if (value != null && value.isBlank()) {
            throw new ValidationException("agentVersion", "must be a version number or an alias, or null");
        }
    }
}
