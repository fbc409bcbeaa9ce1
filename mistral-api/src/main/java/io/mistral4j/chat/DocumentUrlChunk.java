package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/**
 * A document by URL, with an optional file name.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record DocumentUrlChunk(String documentUrl, String documentName) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "document_url";

    /** Rejects a null document URL; the name may be null. */
    public DocumentUrlChunk {
        Objects.requireNonNull(documentUrl, "documentUrl");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
