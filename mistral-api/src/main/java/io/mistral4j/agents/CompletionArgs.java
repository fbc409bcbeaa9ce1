package io.mistral4j.agents;

import io.mistral4j.chat.Prediction;
import io.mistral4j.chat.ReasoningEffort;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ToolChoiceMode;
import java.util.List;

/**
 * The completion parameters an agent answers with by default. A null field is not sent, so the
 * server's default applies. {@code stop} is read whether the server sends one string or a list.
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

    public CompletionArgs {
        stop = stop == null ? null : List.copyOf(stop);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates {@link CompletionArgs}. */
    public static final class Builder {
        private List<String> stop;
        private Double presencePenalty;
        private Double frequencyPenalty;
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private Long randomSeed;
        private Prediction prediction;
        private ResponseFormat responseFormat;
        private ToolChoiceMode toolChoice;
        private ReasoningEffort reasoningEffort;

        private Builder() {
        }

        public Builder stop(String... stop) {
            this.stop = List.of(stop);
            return this;
        }

        public Builder stop(List<String> stop) {
            this.stop = stop;
            return this;
        }

        public Builder presencePenalty(double presencePenalty) {
            this.presencePenalty = presencePenalty;
            return this;
        }

        public Builder frequencyPenalty(double frequencyPenalty) {
            this.frequencyPenalty = frequencyPenalty;
            return this;
        }

        /** Sampling temperature, 0 to 1. */
        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** Nucleus sampling mass, 0 to 1. */
        public Builder topP(double topP) {
            this.topP = topP;
            return this;
        }

        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder randomSeed(long randomSeed) {
            this.randomSeed = randomSeed;
            return this;
        }

        public Builder prediction(Prediction prediction) {
            this.prediction = prediction;
            return this;
        }

        public Builder responseFormat(ResponseFormat responseFormat) {
            this.responseFormat = responseFormat;
            return this;
        }

        /** {@code auto}, {@code none}, {@code any} or {@code required}; agents take no named function here. */
        public Builder toolChoice(ToolChoiceMode toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        public Builder reasoningEffort(ReasoningEffort reasoningEffort) {
            this.reasoningEffort = reasoningEffort;
            return this;
        }

        /** Validates and builds; a {@link io.mistral4j.errors.ValidationException} names the first wrong field. */
        public CompletionArgs build() {
            Checks.requireNoNulls("completionArgs.stop", stop);
            Checks.requireRange("completionArgs.presencePenalty", presencePenalty, -2, 2);
            Checks.requireRange("completionArgs.frequencyPenalty", frequencyPenalty, -2, 2);
            Checks.requireRange("completionArgs.temperature", temperature, 0, 1);
            Checks.requireRange("completionArgs.topP", topP, 0, 1);
            Checks.requireAtLeast("completionArgs.maxTokens", maxTokens, 0);
            Checks.requireAtLeast("completionArgs.randomSeed", randomSeed, 0);
            return new CompletionArgs(stop, presencePenalty, frequencyPenalty, temperature, topP, maxTokens, randomSeed,
                    prediction, responseFormat, toolChoice, reasoningEffort);
        }
    }
}
