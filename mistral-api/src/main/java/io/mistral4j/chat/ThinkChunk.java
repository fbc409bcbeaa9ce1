package io.mistral4j.chat;

import java.util.List;

/**
 * A reasoning model's thinking: {@code {"type":"thinking","thinking":[chunks],"closed":true}}.
 * Its own content is a list of chunks (text, references, tool references).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param thinking  the reasoning chunks
 * @param closed    whether the thinking is finished (used for prefixing); null when not sent
 * @param signature  the signature that lets the thinking be replayed in a later turn; null when not sent
 */
public record ThinkChunk(List<ContentChunk> thinking, Boolean closed, String signature) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "thinking";

    /** Copies the chunks; a missing list becomes empty. */
    public ThinkChunk {
        thinking = thinking == null ? List.of() : List.copyOf(thinking);
    }

    /** Thinking without a signature. */
    public ThinkChunk(List<ContentChunk> thinking, Boolean closed) {
        this(thinking, closed, null);
    }

    /** Thinking made of one text chunk, e.g. to replay a reasoning model's thinking. */
    public static ThinkChunk of(String text) {
        return new ThinkChunk(List.of(new TextChunk(text)), null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The text chunks of the reasoning, joined. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (ContentChunk chunk : thinking) {
            if (chunk instanceof TextChunk) {
                out.append(((TextChunk) chunk).text());
            }
        }
        return out.toString();
    }
}
