package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/**
 * A message's content as it is on the wire: either a plain string or a list of chunks
 * (text, images, documents, thinking, ...). {@link #text()} reads both the same way.
 */
public sealed interface Content permits Content.Text, Content.Chunks {

    /** String content, sent as {@code "content": "..."}; the text must not be null. */
    static Content of(String text) {
        return new Text(text);
    }

    /** Chunked content, sent as an array of typed chunks; the list is copied. */
    static Content of(List<? extends ContentChunk> chunks) {
        return new Chunks(List.copyOf(chunks));
    }

    /** Chunked content, sent as an array of typed chunks. */
    static Content of(ContentChunk... chunks) {
        return new Chunks(List.of(chunks));
    }

    /** The visible text: the string, or the text chunks joined (thinking excluded). */
    String text();

    /** The content as chunks: a string becomes one text chunk. */
    List<ContentChunk> chunks();

    /**
     * String content: {@code "content": "..."}.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     */
    record Text(String text) implements Content {
        /** Rejects a null text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<ContentChunk> chunks() {
            return List.of(new TextChunk(text));
        }
    }

    /**
     * Chunked content: {@code "content": [{"type":"text",...}, ...]}.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     */
    record Chunks(List<ContentChunk> chunks) implements Content {
        /** Copies the chunks; a missing list becomes empty. */
        public Chunks {
            chunks = chunks == null ? List.of() : List.copyOf(chunks);
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            for (ContentChunk chunk : chunks) {
                if (chunk instanceof TextChunk) {
                    out.append(((TextChunk) chunk).text());
                }
            }
            return out.toString();
        }

        /** The reasoning of thinking chunks, joined; empty when there is none. */
        public String thinking() {
            StringBuilder out = new StringBuilder();
            for (ContentChunk chunk : chunks) {
                if (chunk instanceof ThinkChunk) {
                    out.append(((ThinkChunk) chunk).text());
                }
            }
            return out.toString();
        }
    }
}
