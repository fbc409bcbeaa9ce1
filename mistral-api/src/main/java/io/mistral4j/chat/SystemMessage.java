package io.mistral4j.chat;

import java.util.Objects;

/**
 * Instructions for the model; content is text or text/thinking chunks.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record SystemMessage(Content content) implements Message {

    /** The wire {@code role} of system messages, {@value}. */
    public static final String ROLE = "system";

    /** Rejects null content. */
    public SystemMessage {
        Objects.requireNonNull(content, "content");
    }

    /** A system message with plain text content. */
    public static SystemMessage of(String text) {
        return new SystemMessage(Content.of(text));
    }

    @Override
    public String role() {
        return ROLE;
    }
}
