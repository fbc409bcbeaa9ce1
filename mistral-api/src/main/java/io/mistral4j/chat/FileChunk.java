package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/**
 * An uploaded file, by id.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record FileChunk(String fileId) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "file";

    /** Rejects a null file id. */
    public FileChunk {
        Objects.requireNonNull(fileId, "fileId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
