package io.mistral4j.agents;

import io.mistral4j.chat.Prediction;
import io.mistral4j.chat.ReasoningEffort;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ToolChoiceMode;
import io.mistral4j.internal.SamplingSettings;
import java.util.List;

/**
 * The completion parameters an agent answers with by default. A null field is not sent, so the
 * server's default applies. {@code stop} is read whether the server sends one string or a list.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 */
public record CompletionArgs(
        List<String> stop,
        Double presencePenalty,
        Double frequencyPenalty,
        Double temperature,
        Double topP,
        Integer maxTokens,
        Long randomSeed,
        Prediction prediction,
        ResponseFormat responseFormat,
        ToolChoiceMode toolChoice,
        ReasoningEffort reasoningEffort) {

    /** Copies {@code stop}; prefer {@link #builder()}, which also validates. */
    public CompletionArgs {
        stop = stop == null ? null : List.copyOf(stop);
    }

    /** Starts with every parameter unset, so the server's defaults apply. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates {@link CompletionArgs}. */
    public static final class Builder {
        private final SamplingSettings sampling = new SamplingSettings();
        private Prediction prediction;
        private ResponseFormat responseFormat;
        private ToolChoiceMode toolChoice;
        private ReasoningEffort reasoningEffort;

        private Builder() {
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

        /** Penalises words and phrases already used, for more varied output; -2 to 2, server default 0. */
        public Builder presencePenalty(double presencePenalty) {
            sampling.presencePenalty(presencePenalty);
            return this;
        }

        /** Penalises words by how often they already appeared, to reduce repetition; -2 to 2, server default 0. */
        public Builder frequencyPenalty(double frequencyPenalty) {
            sampling.frequencyPenalty(frequencyPenalty);
            return this;
        }

        /**
         * Sampling temperature, 0 to 1.5 as for chat; the API specification bounds an agent's
         * default at 1, so the server may refuse more.
         */
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

        /** Seed for random sampling ({@code random_seed}), so repeated calls give the same result; 0 or more. */
        public Builder randomSeed(long randomSeed) {
            sampling.randomSeed(randomSeed);
            return this;
        }

        /** Expected output, e.g. the current text of a file being edited, so the unchanged parts come back faster. */
        public Builder prediction(Prediction prediction) {
            this.prediction = prediction;
            return this;
        }

        /** The form of the agent's answers: plain text, any JSON object or JSON matching a schema. */
        public Builder responseFormat(ResponseFormat responseFormat) {
            this.responseFormat = responseFormat;
            return this;
        }

        /** {@code auto}, {@code none}, {@code any} or {@code required}; agents take no named function here. */
        public Builder toolChoice(ToolChoiceMode toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        /**
         * How hard a reasoning model thinks ({@code reasoning_effort}): {@code high} for full
         * reasoning traces, {@code none} for none.
         */
        public Builder reasoningEffort(ReasoningEffort reasoningEffort) {
            this.reasoningEffort = reasoningEffort;
            return this;
        }

        /** Validates and builds; a {@link io.mistral4j.errors.ValidationException} names the first wrong field. */
        public CompletionArgs build() {
            sampling.validate("completionArgs.");
            return new CompletionArgs(sampling.stop(), sampling.presencePenalty(), sampling.frequencyPenalty(),
                    sampling.temperature(), sampling.topP(), sampling.maxTokens(), sampling.randomSeed(), prediction,
                    responseFormat, toolChoice, reasoningEffort);
        }
    }
}
