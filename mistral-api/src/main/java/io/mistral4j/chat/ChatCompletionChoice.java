package io.mistral4j.chat;

/**
 * One of the answers of a completion (several when {@code n > 1}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record ChatCompletionChoice(int index, AssistantMessage message, FinishReason finishReason) {
}
