package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/** An uploaded file, by id. */
public record FileChunk(String fileId) implements ContentChunk {

    public static final String TYPE = "file";

    public FileChunk {
        Objects.requireNonNull(fileId, "fileId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
