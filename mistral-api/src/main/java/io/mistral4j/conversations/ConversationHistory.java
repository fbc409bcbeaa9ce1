package io.mistral4j.conversations;

import java.util.List;

/**
 * Every entry of a conversation in the order they were added.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param object         {@code conversation.history}
 * @param conversationId the conversation's id
 * @param entries        its entries
 */
public record ConversationHistory(String object, String conversationId, List<ConversationEntry> entries) {

    /** Copies the entries; a missing list becomes empty. */
    public ConversationHistory {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
