package io.mistral4j.chat;

import java.util.List;

/**
 * One of the answers of a completion (several when {@code n > 1}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param index        the position of this answer among the choices
 * @param message      the answer's message, or null
 * @param finishReason why the model stopped, or null
 * @param messages     the messages of a completion that returns several, each a
 *                     {@link DeltaMessage} whose {@code index} says which it is; empty when none
 */
public record ChatCompletionChoice(int index, AssistantMessage message, FinishReason finishReason,
                                   List<DeltaMessage> messages) {

    /** Copies the messages; a missing list becomes empty. */
    public ChatCompletionChoice {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** A choice with its single message (the common answer). */
    public ChatCompletionChoice(int index, AssistantMessage message, FinishReason finishReason) {
        this(index, message, finishReason, null);
    }
}
