package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/**
 * A piece of text: {@code {"type":"text","text":...}}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
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
