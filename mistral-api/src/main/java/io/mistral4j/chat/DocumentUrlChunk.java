package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/** A document by URL, with an optional file name. */
public record DocumentUrlChunk(String documentUrl, String documentName) implements ContentChunk {

    public static final String TYPE = "document_url";

    public DocumentUrlChunk {
        Objects.requireNonNull(documentUrl, "documentUrl");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
