package io.mistral4j.chat;

import java.util.List;

/**
 * What the user says: text, or chunks mixing text with images, documents, audio or files.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record UserMessage(Content content) implements Message {

    /** The wire {@code role} of user messages, {@value}. */
    public static final String ROLE = "user";

    /** A user message with plain text content. */
    public static UserMessage of(String text) {
        return new UserMessage(Content.of(text));
    }

    /** A user message with chunked content, e.g. text and an image. */
    public static UserMessage of(ContentChunk... chunks) {
        return new UserMessage(Content.of(chunks));
    }

    /** A user message with chunked content, e.g. text and an image; the list is copied. */
    public static UserMessage of(List<? extends ContentChunk> chunks) {
        return new UserMessage(Content.of(chunks));
    }

    @Override
    public String role() {
        return ROLE;
    }
}
