package io.mistral4j.embeddings;

import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to embed one or many texts ({@code POST /v1/embeddings}). Build it with
 * {@link #builder()}; a null field is not sent, so the server's default applies.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param model           the embedding model, e.g. {@code mistral-embed}
 * @param input           the texts, at least one; sent as the {@code input} array
 * @param outputDimension the vector size, where the model supports choosing it
 * @param outputDtype     the number type of the vectors, where the model supports choosing it
 * @param encodingFormat  how vectors travel; {@link EncodingFormat#BASE64} is smaller on the wire
 *                        and decoded transparently
 * @param metadata        free-form metadata attached to the call
 */
public record EmbeddingRequest(String model, List<String> input, Integer outputDimension, EmbeddingDtype outputDtype,
                               EncodingFormat encodingFormat, Map<String, Object> metadata) {

    /**
     * Copies {@code input} and {@code metadata} into unmodifiable collections; prefer
     * {@link #builder()}, which also validates.
     */
    public EmbeddingRequest {
        input = input == null ? null : List.copyOf(input);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Starts an empty request; {@code model} and at least one input are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.input.addAll(input);
        b.outputDimension = outputDimension;
        b.outputDtype = outputDtype;
        b.encodingFormat = encodingFormat;
        b.metadata = metadata;
        return b;
    }

    /** Builds and validates an {@link EmbeddingRequest}. */
    public static final class Builder {
        private String model;
        private final List<String> input = new ArrayList<>();
        private Integer outputDimension;
        private EmbeddingDtype outputDtype;
        private EncodingFormat encodingFormat;
        private Map<String, Object> metadata;

        private Builder() {
        }

        /** The embedding model, e.g. {@code mistral-embed}. Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Replaces the texts to embed. */
        public Builder input(String... texts) {
            return input(texts == null ? null : java.util.Arrays.asList(texts));
        }

        /** Replaces the texts to embed. */
        public Builder input(List<String> texts) {
            this.input.clear();
            if (texts == null) {
                throw new ValidationException("input", "must not be null");
            }
            this.input.addAll(texts);
            return this;
        }

        /** Adds one text to embed. */
        public Builder addInput(String text) {
            this.input.add(text);
            return this;
        }

        /** The vector size, for models that let you choose it (such as {@code codestral-embed}). */
        public Builder outputDimension(int outputDimension) {
            this.outputDimension = outputDimension;
            return this;
        }

        /**
         * The number type of the vectors ({@code output_dtype}), for models that let you choose it;
         * the server default is {@code float}.
         */
        public Builder outputDtype(EmbeddingDtype outputDtype) {
            this.outputDtype = outputDtype;
            return this;
        }

        /**
         * How vectors travel ({@code encoding_format}); base64 is smaller on the wire and decoded
         * into the same {@code float[]}.
         */
        public Builder encodingFormat(EncodingFormat encodingFormat) {
            this.encodingFormat = encodingFormat;
            return this;
        }

        /** Free-form metadata sent with the call; null sends none. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public EmbeddingRequest build() {
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
            if (outputDimension != null && outputDimension <= 0) {
                throw new ValidationException("outputDimension", "must be 1 or more, was " + outputDimension);
            }
            return new EmbeddingRequest(model, input, outputDimension, outputDtype, encodingFormat, metadata);
        }
    }
}
