package io.mistral4j.chat;

import java.util.List;

/**
 * What the model said: text or chunks (reasoning models add {@code thinking} chunks), and/or
 * tool calls. Sent back in later requests to continue the conversation.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param content   the content, or null when the model only called tools
 * @param toolCalls the tool calls, empty when none
 * @param prefix    true to make the model continue this message (request side); null when not sent
 */
public record AssistantMessage(Content content, List<ToolCall> toolCalls, Boolean prefix) implements Message {

    /** The wire {@code role} of assistant messages, {@value}. */
    public static final String ROLE = "assistant";

    /** Copies the tool calls; a missing list becomes empty. */
    public AssistantMessage {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** An assistant message with plain text, e.g. an earlier answer replayed in a conversation. */
    public static AssistantMessage of(String text) {
        return new AssistantMessage(Content.of(text), List.of(), null);
    }

    /** A prefix the model must continue from. */
    public static AssistantMessage prefix(String text) {
        return new AssistantMessage(Content.of(text), List.of(), true);
    }

    /** An assistant message that only calls tools, e.g. an earlier answer replayed before the tool results. */
    public static AssistantMessage ofToolCalls(List<ToolCall> toolCalls) {
        return new AssistantMessage(null, toolCalls, null);
    }

    @Override
    public String role() {
        return ROLE;
    }

    /** The visible text (thinking excluded); empty when there is no content. */
    public String text() {
        return content == null ? "" : content.text();
    }

    /** A reasoning model's thinking, joined; empty when there is none. */
    public String thinking() {
        return content instanceof Content.Chunks ? ((Content.Chunks) content).thinking() : "";
    }

    /** Whether the model called at least one tool; then answer each call with a {@link ToolMessage}. */
    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }
}
