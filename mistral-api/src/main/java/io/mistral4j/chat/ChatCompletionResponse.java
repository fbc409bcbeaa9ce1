package io.mistral4j.chat;

import java.util.List;

/**
 * A chat completion.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id      the completion's id
 * @param object  {@code chat.completion}
 * @param created creation time, seconds since the epoch
 * @param model   the model that answered
 * @param usage   token usage
 * @param choices the answers, one unless {@code n > 1}
 */
public record ChatCompletionResponse(String id, String object, long created, String model, Usage usage,
                                     List<ChatCompletionChoice> choices) {

    /** Copies {@code choices}; a missing list becomes empty. */
    public ChatCompletionResponse {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The first choice; the API always returns at least one on success. */
    public ChatCompletionChoice firstChoice() {
        if (choices.isEmpty()) {
            throw new IllegalStateException("the completion " + id + " has no choices");
        }
        return choices.get(0);
    }

    /** The first choice's message. */
    public AssistantMessage message() {
        return firstChoice().message();
    }

    /** The first choice's visible text (thinking excluded). */
    public String text() {
        AssistantMessage message = firstChoice().message();
        return message == null ? "" : message.text();
    }

    /** The first choice's tool calls; empty when the model called none. */
    public List<ToolCall> toolCalls() {
        AssistantMessage message = firstChoice().message();
        return message == null ? List.of() : message.toolCalls();
    }
}
