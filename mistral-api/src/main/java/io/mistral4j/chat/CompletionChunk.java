package io.mistral4j.chat;

import java.util.List;

/**
 * One event of a streamed completion. The last one carries {@code usage}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id      the completion's id (the same in every event)
 * @param object  {@code chat.completion.chunk}
 * @param created creation time, seconds since the epoch
 * @param model   the model
 * @param usage   token usage, on the last event; else null
 * @param choices the deltas of this event
 */
public record CompletionChunk(String id, String object, long created, String model, Usage usage,
                              List<ChunkChoice> choices) {

    /** Copies {@code choices}; a missing list becomes empty. */
    public CompletionChunk {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The visible text this event adds to the first choice; empty when none. */
    public String text() {
        if (choices.isEmpty() || choices.get(0).delta() == null) {
            return "";
        }
        return choices.get(0).delta().text();
    }
}
