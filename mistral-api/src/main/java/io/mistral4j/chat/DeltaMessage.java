package io.mistral4j.chat;

import java.util.List;

/**
 * What one stream event adds to the message: a role (first event), a piece of content, and/or
 * tool call deltas keyed by {@code index}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record DeltaMessage(String role, Content content, List<ToolCall> toolCalls) {

    /** Copies the tool call deltas; a missing list becomes empty. */
    public DeltaMessage {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** The visible text this delta adds; empty when none. */
    public String text() {
        return content == null ? "" : content.text();
    }
}
