package io.mistral4j.fim;

import io.mistral4j.errors.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fill-in-the-middle request: the model writes what goes between {@code prompt} and
 * {@code suffix} (or continues {@code prompt} when there is no suffix). Build it with
 * {@link #builder()}; a null field is not sent, so the server's default applies. Whether the
 * answer streams is chosen by the method called, not by a field.
 */
public record FimCompletionRequest(
        String model,
        String prompt,
        String suffix,
        Double temperature,
        Double topP,
        Integer maxTokens,
        Integer minTokens,
        List<String> stop,
        Long randomSeed,
        Map<String, Object> metadata,
        String promptCacheKey) {

    /**
     * Copies {@code stop} and {@code metadata} into unmodifiable collections; prefer
     * {@link #builder()}, which also validates.
     */
    public FimCompletionRequest {
        stop = stop == null ? null : List.copyOf(stop);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Starts an empty request; {@code model} and {@code prompt} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.prompt = prompt;
        b.suffix = suffix;
        b.temperature = temperature;
        b.topP = topP;
        b.maxTokens = maxTokens;
        b.minTokens = minTokens;
        b.stop = stop;
        b.randomSeed = randomSeed;
        b.metadata = metadata;
        b.promptCacheKey = promptCacheKey;
        return b;
    }

    /** Builds and validates a {@link FimCompletionRequest}. */
    public static final class Builder {
        private String model;
        private String prompt;
        private String suffix;
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private Integer minTokens;
        private List<String> stop;
        private Long randomSeed;
        private Map<String, Object> metadata;
        private String promptCacheKey;

        private Builder() {
        }

        /** A model with fill-in-the-middle, e.g. {@code codestral-latest}. Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** The text or code before the gap. Required (may be empty). */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The text or code after the gap; without it the model continues the prompt. */
        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        /** Sampling temperature, 0 to 1.5. */
        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** Nucleus sampling mass, 0 to 1. */
        public Builder topP(double topP) {
            this.topP = topP;
            return this;
        }

        /**
         * The most tokens to generate ({@code max_tokens}); prompt plus completion must fit the
         * model's context. 0 or more.
         */
        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        /** The fewest tokens to generate. */
        public Builder minTokens(int minTokens) {
            this.minTokens = minTokens;
            return this;
        }

        /** Stops generating when any of these strings appears; the stop string is not included in the output. */
        public Builder stop(String... stop) {
            this.stop = List.of(stop);
            return this;
        }

        /** Stops generating when any of these strings appears; null sends none. */
        public Builder stop(List<String> stop) {
            this.stop = stop;
            return this;
        }

        /** Seed for random sampling ({@code random_seed}), so repeated calls give the same result; 0 or more. */
        public Builder randomSeed(long randomSeed) {
            this.randomSeed = randomSeed;
            return this;
        }

        /** Free-form metadata sent with the call; null sends none. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * A prompt-cache key ({@code prompt_cache_key}): requests sharing it and a common prefix
         * may reuse computed tokens, billed at a reduced rate.
         */
        public Builder promptCacheKey(String promptCacheKey) {
            this.promptCacheKey = promptCacheKey;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public FimCompletionRequest build() {
            if (model == null || model.isBlank()) {
                throw new ValidationException("model", "is required");
            }
            if (prompt == null) {
                throw new ValidationException("prompt", "is required");
            }
            requireRange("temperature", temperature, 0, 1.5);
            requireRange("topP", topP, 0, 1);
            if (maxTokens != null && maxTokens < 0) {
                throw new ValidationException("maxTokens", "must be 0 or more, was " + maxTokens);
            }
            if (minTokens != null && minTokens < 0) {
                throw new ValidationException("minTokens", "must be 0 or more, was " + minTokens);
            }
            if (minTokens != null && maxTokens != null && minTokens > maxTokens) {
                throw new ValidationException("minTokens", "must not exceed maxTokens (" + maxTokens + "), was "
                        + minTokens);
            }
            if (randomSeed != null && randomSeed < 0) {
                throw new ValidationException("randomSeed", "must be 0 or more, was " + randomSeed);
            }
            if (stop != null) {
                for (int i = 0; i < stop.size(); i++) {
                    if (stop.get(i) == null) {
                        throw new ValidationException("stop[" + i + "]", "must not be null");
                    }
                }
            }
            return new FimCompletionRequest(model, prompt, suffix, temperature, topP, maxTokens, minTokens, stop,
                    randomSeed, metadata, promptCacheKey);
        }

        private static void requireRange(String field, Double value, double min, double max) {
            if (value != null && (value.isNaN() || value < min || value > max)) {
                throw new ValidationException(field, "must be between " + min + " and " + max + ", was " + value);
            }
        }
    }
}
