package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/**
 * References to sources, by id.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record ReferenceChunk(List<Long> referenceIds) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "reference";

    /** Copies the ids; a missing list becomes empty. */
    public ReferenceChunk {
        referenceIds = referenceIds == null ? List.of() : List.copyOf(referenceIds);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
