package io.mistral4j.chat;

import java.util.Arrays;
import java.util.List;

/**
 * References to sources, by id. The API sends each id as an integer or as a string, so an id is
 * a {@link ReferenceId}: numeric ids read back as numbers with {@link ReferenceId#asLong()} (or
 * all at once with {@link #numericIds()}), string ids as their text, and both are written back
 * as they came.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record ReferenceChunk(List<ReferenceId> referenceIds) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "reference";

    /** Copies the ids; a missing list becomes empty. */
    public ReferenceChunk {
        referenceIds = referenceIds == null ? List.of() : List.copyOf(referenceIds);
    }

    /** A chunk of numeric ids. */
    public static ReferenceChunk of(long... ids) {
        return new ReferenceChunk(Arrays.stream(ids).mapToObj(ReferenceId::of).toList());
    }

    /** A chunk of string ids. */
    public static ReferenceChunk of(String... ids) {
        return new ReferenceChunk(Arrays.stream(ids).map(ReferenceId::of).toList());
    }

    /** The ids that are numbers, in order; string ids that are not whole numbers are left out. */
    public List<Long> numericIds() {
        return referenceIds.stream().filter(id -> {
            try {
                id.asLong();
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }).map(ReferenceId::asLong).toList();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
