package io.mistral4j.classifiers;

import io.mistral4j.chat.Message;
import io.mistral4j.errors.ValidationException;
import java.util.Arrays;
import java.util.List;

/**
 * Conversations to classify as a whole ({@code POST /v1/chat/classifications}). Each conversation gets one
 * result, in order. On the wire a single conversation is sent as {@code {"messages":[...]}},
 * several as an array of such objects. Build it with {@link #builder()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param model a classifier model
 * @param input the conversations, each a list of chat messages
 */
public record ChatClassificationRequest(String model, List<List<Message>> input) {

    /** Copies the conversations; prefer {@link #builder()}, which also validates. */
    public ChatClassificationRequest {
        input = Conversations.copy(input);
    }

    /** Starts an empty request; {@code model} and at least one non-empty conversation are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link ChatClassificationRequest}. */
    public static final class Builder {
        private String model;
        private final Conversations conversations = new Conversations();

        private Builder() {
        }

        /** Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Replaces the conversations with this single one. */
        public Builder messages(Message... messages) {
            return messages(messages == null ? null : Arrays.asList(messages));
        }

        /** Replaces the conversations with this single one. */
        public Builder messages(List<? extends Message> messages) {
            conversations.clear();
            return addConversation(messages);
        }

        /** Adds one conversation. */
        public Builder addConversation(List<? extends Message> messages) {
            conversations.add(messages);
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public ChatClassificationRequest build() {
            if (model == null || model.isBlank()) {
                throw new ValidationException("model", "is required");
            }
            return new ChatClassificationRequest(model, conversations.validated());
        }
    }
}
