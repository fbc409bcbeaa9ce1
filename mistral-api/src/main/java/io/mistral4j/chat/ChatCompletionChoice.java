package io.mistral4j.chat;

/** One of the answers of a completion (several when {@code n > 1}). */
public record ChatCompletionChoice(int index, AssistantMessage message, FinishReason finishReason) {
}
