package io.mistral4j.conversations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What starting, appending to or restarting a conversation answers: the conversation's id and the
 * entries the server added.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param object         {@code conversation.response}
 * @param conversationId the conversation's id (a new one after a restart)
 * @param outputs        the entries added: messages, function calls, tool executions, handoffs
 * @param usage          the tokens used
 * @param guardrails     the guardrails' verdicts as plain Java values; empty when none were sent
 */
public record ConversationResponse(String object, String conversationId, List<ConversationEntry> outputs,
                                   ConversationUsage usage, List<Map<String, Object>> guardrails) {

    /** Copies the lists; missing ones become empty. */
    public ConversationResponse {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        guardrails = guardrails == null ? List.of()
                : guardrails.stream().map(g -> Collections.unmodifiableMap(new LinkedHashMap<>(g))).toList();
    }

    /** The text of the last output message, or an empty text when there is none. */
    public String text() {
        for (int i = outputs.size() - 1; i >= 0; i--) {
            if (outputs.get(i) instanceof ConversationEntry.MessageOutput message) {
                return message.text();
            }
        }
        return "";
    }

    /** The function calls among the outputs, which wait for a {@link ConversationEntry.FunctionResult} each. */
    public List<ConversationEntry.FunctionCall> functionCalls() {
        return outputs.stream().filter(ConversationEntry.FunctionCall.class::isInstance)
                .map(ConversationEntry.FunctionCall.class::cast).toList();
    }
}
