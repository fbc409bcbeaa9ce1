package io.mistral4j.fim;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import io.mistral4j.internal.SamplingSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fill-in-the-middle request: the model writes what goes between {@code prompt} and
 * {@code suffix} (or continues {@code prompt} when there is no suffix). Build it with
 * {@link #builder()}; a null field is not sent, so the server's default applies. Whether the
 * answer streams is chosen by the method called, not by a field.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
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
        b.sampling.temperature(temperature).topP(topP).maxTokens(maxTokens).minTokens(minTokens).stop(stop)
                .randomSeed(randomSeed);
        b.metadata = metadata;
        b.promptCacheKey = promptCacheKey;
        return b;
    }

    /** Builds and validates a {@link FimCompletionRequest}. */
    public static final class Builder {
        private String model;
        private String prompt;
        private String suffix;
        private final SamplingSettings sampling = new SamplingSettings();
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
            sampling.temperature(temperature);
            return this;
        }

        /** Nucleus sampling mass, 0 to 1. */
        public Builder topP(double topP) {
            sampling.topP(topP);
            return this;
        }

        /**
         * The most tokens to generate ({@code max_tokens}); prompt plus completion must fit the
         * model's context. 0 or more.
         */
        public Builder maxTokens(int maxTokens) {
            sampling.maxTokens(maxTokens);
            return this;
        }

        /** The fewest tokens to generate ({@code min_tokens}); 0 or more, and no more than {@link #maxTokens}. */
        public Builder minTokens(int minTokens) {
            sampling.minTokens(minTokens);
            return this;
        }

        /** Stops generating when any of these strings appears; the stop string is not included in the output. */
        public Builder stop(String... stop) {
            sampling.stop(List.of(stop));
            return this;
        }

        /** Stops generating when any of these strings appears; null sends none. */
        public Builder stop(List<String> stop) {
            sampling.stop(stop);
            return this;
        }

        /** Seed for random sampling ({@code random_seed}), so repeated calls give the same result; 0 or more. */
        public Builder randomSeed(long randomSeed) {
            sampling.randomSeed(randomSeed);
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
            Require.text("model", model);
            if (prompt == null) {
                throw new ValidationException("prompt", "is required");
            }
            sampling.validate("");
            return new FimCompletionRequest(model, prompt, suffix, sampling.temperature(), sampling.topP(),
                    sampling.maxTokens(), sampling.minTokens(), sampling.stop(), sampling.randomSeed(), metadata,
                    promptCacheKey);
        }
    }
}
