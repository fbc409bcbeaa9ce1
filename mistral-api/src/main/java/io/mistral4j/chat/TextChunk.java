package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/** A piece of text: {@code {"type":"text","text":...}}. */
public record TextChunk(String text) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "text";

    /** Rejects a null text. */
    public TextChunk {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
