package io.mistral4j.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one stream event adds to the message: a role (first event), a piece of content, and/or
 * tool call deltas keyed by {@code index}. The same shape lists the messages of a completion that
 * returns several ({@link ChatCompletionChoice#messages()}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param role       the role of the message, on the first delta; or null
 * @param content    the content this delta adds, or null
 * @param toolCalls  tool call deltas; empty when none
 * @param toolCallId the id of the tool call this message answers, or null
 * @param index      if the completion returns multiple messages, which message this delta is for
 *                   (zero or more); or null
 * @param metadata   free-form metadata (unmodifiable), or null
 */
public record DeltaMessage(String role, Content content, List<ToolCall> toolCalls,
                           String toolCallId, Integer index, Map<String, Object> metadata) {

    /** Copies the tool call deltas and the metadata; a missing list becomes empty. */
    public DeltaMessage {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A delta without a tool call id, message index or metadata (the common stream event). */
    public DeltaMessage(String role, Content content, List<ToolCall> toolCalls) {
        this(role, content, toolCalls, null, null, null);
    }

    /** The visible text this delta adds; empty when none. */
    public String text() {
        return content == null ? "" : content.text();
    }
}
