package io.mistral4j.conversations;

import java.util.List;

/**
 * The messages of a conversation (input and output messages only) in the order they were added.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param object         {@code conversation.messages}
 * @param conversationId the conversation's id
 * @param messages       its messages
 */
public record ConversationMessages(String object, String conversationId, List<ConversationEntry> messages) {

    /** Copies the messages; a missing list becomes empty. */
    public ConversationMessages {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
