package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;

/**
 * Training settings of a fine-tuning job. The spec has one shape for completion jobs
 * ({@code CompletionTrainingParametersIn}) and one for classifier jobs
 * ({@code ClassifierTrainingParametersIn}); they differ only in {@code fim_ratio}, which applies
 * to completion jobs. A null field is not sent, so the server's default applies.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param trainingSteps  number of weight updates, 1 or more
 * @param learningRate   between 1e-8 and 1 (server default 1e-4)
 * @param weightDecay    between 0 and 1 (server default 0.1)
 * @param warmupFraction share of the steps spent warming up, between 0 and 1 (server default 0.05)
 * @param epochs         passes over the data, above 0
 * @param seqLen         sequence length, 100 or more
 * @param fimRatio       completion jobs only: share of fill-in-the-middle samples, between 0 and 1
 */
public record Hyperparameters(Integer trainingSteps, Double learningRate, Double weightDecay, Double warmupFraction,
                              Double epochs, Integer seqLen, Double fimRatio) {

    /** A builder with every field unset, so the server's defaults apply. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates {@link Hyperparameters}; every field is optional. */
    public static final class Builder {
        private Integer trainingSteps;
        private Double learningRate;
        private Double weightDecay;
        private Double warmupFraction;
        private Double epochs;
        private Integer seqLen;
        private Double fimRatio;

        private Builder() {
        }

        /** Number of training steps (weight updates), 1 or more; sent as {@code training_steps}. */
        public Builder trainingSteps(int trainingSteps) {
            this.trainingSteps = trainingSteps;
            return this;
        }

        /** Peak learning rate, between 1e-8 and 1 (server default 1e-4); sent as {@code learning_rate}. */
        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Weight decay (L2 regularisation), between 0 and 1 (server default 0.1); sent as {@code
         * weight_decay}.
         */
        public Builder weightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        /**
         * Share of the steps during which the learning rate ramps up, between 0 and 1 (server default
         * 0.05).
         */
        public Builder warmupFraction(double warmupFraction) {
            this.warmupFraction = warmupFraction;
            return this;
        }

        /** Passes over the training data, above 0 (may be fractional). */
        public Builder epochs(double epochs) {
            this.epochs = epochs;
            return this;
        }

        /** Maximum sequence length in tokens per training sample, 100 or more; sent as {@code seq_len}. */
        public Builder seqLen(int seqLen) {
            this.seqLen = seqLen;
            return this;
        }

        /** Share of fill-in-the-middle samples, between 0 and 1; completion jobs only ({@code fim_ratio}). */
        public Builder fimRatio(double fimRatio) {
            this.fimRatio = fimRatio;
            return this;
        }

        /** The settings; throws {@link ValidationException} naming the first field outside its range. */
        public Hyperparameters build() {
            if (trainingSteps != null && trainingSteps < 1) {
                throw new ValidationException("hyperparameters.trainingSteps", "must be 1 or more, was "
                        + trainingSteps);
            }
            Require.range("hyperparameters.learningRate", learningRate, 1e-8, 1);
            Require.range("hyperparameters.weightDecay", weightDecay, 0, 1);
            Require.range("hyperparameters.warmupFraction", warmupFraction, 0, 1);
            Require.range("hyperparameters.fimRatio", fimRatio, 0, 1);
            if (epochs != null && !(epochs > 0)) {
                throw new ValidationException("hyperparameters.epochs", "must be above 0, was " + epochs);
            }
            if (seqLen != null && seqLen < 100) {
                throw new ValidationException("hyperparameters.seqLen", "must be 100 or more, was " + seqLen);
            }
            return new Hyperparameters(trainingSteps, learningRate, weightDecay, warmupFraction, epochs, seqLen,
                    fimRatio);
        }
    }
}
