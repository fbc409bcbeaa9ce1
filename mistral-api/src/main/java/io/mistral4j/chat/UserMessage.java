package io.mistral4j.chat;

import java.util.List;

/** What the user says: text, or chunks mixing text with images, documents, audio or files. */
public record UserMessage(Content content) implements Message {

    public static final String ROLE = "user";

    public static UserMessage of(String text) {
        return new UserMessage(Content.of(text));
    }

    public static UserMessage of(ContentChunk... chunks) {
        return new UserMessage(Content.of(chunks));
    }

    public static UserMessage of(List<? extends ContentChunk> chunks) {
        return new UserMessage(Content.of(chunks));
    }

    @Override
    public String role() {
        return ROLE;
    }
}
