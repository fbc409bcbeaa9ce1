package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/** A piece of text: {@code {"type":"text","text":...}}. */
public record TextChunk(String text) implements ContentChunk {

    public static final String TYPE = "text";

    public TextChunk {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
