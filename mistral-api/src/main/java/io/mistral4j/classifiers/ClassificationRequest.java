package io.mistral4j.classifiers;

import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts to moderate ({@code POST /v1/moderations}) or classify ({@code POST /v1/classifications}):
 * both take this request. Build it with {@link #builder()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param model    a moderation model such as {@code mistral-moderation-latest}, or a classifier model
 * @param input    the texts, at least one; each gets one result, in order
 * @param metadata free-form metadata attached to the call, or null
 */
public record ClassificationRequest(String model, List<String> input, Map<String, Object> metadata) {

    /** Copies {@code input} and {@code metadata}; prefer {@link #builder()}, which also validates. */
    public ClassificationRequest {
        input = input == null ? null : List.copyOf(input);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Starts an empty request; {@code model} and at least one text are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link ClassificationRequest}. */
    public static final class Builder {
        private String model;
        private final List<String> input = new ArrayList<>();
        private Map<String, Object> metadata;

        private Builder() {
        }

        /** Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Replaces the texts. */
        public Builder input(String... texts) {
            return input(texts == null ? null : Arrays.asList(texts));
        }

        /** Replaces the texts. */
        public Builder input(List<String> texts) {
            input.clear();
            if (texts == null) {
                throw new ValidationException("input", "must not be null");
            }
            input.addAll(texts);
            return this;
        }

        /** Adds one text; it gets its own result, after those of the texts before it. */
        public Builder addInput(String text) {
            input.add(text);
            return this;
        }

        /** Free-form metadata sent with the call; null sends none. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public ClassificationRequest build() {
            if (model == null || model.isBlank()) {
                throw new ValidationException("model", "is required");
            }
            if (input.isEmpty()) {
                throw new ValidationException("input", "at least one text is required");
            }
            for (int i = 0; i < input.size(); i++) {
                if (input.get(i) == null) {
                    throw new ValidationException("input[" + i + "]", "must not be null");
                }
            }
            return new ClassificationRequest(model, input, metadata);
        }
    }
}
