package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * A fine-tuning job to create ({@code POST /v1/fine_tuning/jobs}, the spec's {@code JobIn}).
 * Build it with {@link #builder()}; a null field is not sent, so the server's default applies.
 *
 * <pre>{@code
 * FineTuningJobRequest request = FineTuningJobRequest.builder()
 *         .model("mistral-small-latest")
 *         .addTrainingFile(trainingFile.id())
 *         .hyperparameters(Hyperparameters.builder().trainingSteps(10).learningRate(1e-4).build())
 *         .suffix("support-bot")
 *         .autoStart(true)
 *         .build();
 * }</pre>
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param model                       the model to fine-tune
 * @param trainingFiles               uploaded training data, with weights
 * @param validationFiles             uploaded validation data, or null
 * @param suffix                      up to 18 characters added to the fine-tuned model's name, or null
 * @param integrations                Weights &amp; Biases reporting, or null
 * @param autoStart                   whether the job starts by itself once validated, or null
 * @param invalidSampleSkipPercentage share of invalid samples tolerated, 0 to 0.5, or null
 * @param jobType                     {@code completion} or {@code classifier}, or null
 * @param hyperparameters             training settings
 * @param repositories                GitHub repositories to train on, or null
 * @param classifierTargets           what a classifier learns to predict, or null
 */
public record FineTuningJobRequest(String model, List<TrainingFile> trainingFiles, List<String> validationFiles,
                                   String suffix, List<WandbIntegration> integrations, Boolean autoStart,
                                   Double invalidSampleSkipPercentage, FineTuneableModelType jobType,
                                   Hyperparameters hyperparameters, List<GithubRepository> repositories,
                                   List<ClassifierTarget> classifierTargets) {

    /** The longest suffix the API accepts. */
    public static final int MAX_SUFFIX_LENGTH = 18;

    /**
     * Copies the lists unmodifiably; null training files become an empty list, other null lists stay null
     * (not sent).
     */
    public FineTuningJobRequest {
        trainingFiles = trainingFiles == null ? List.of() : List.copyOf(trainingFiles);
        validationFiles = validationFiles == null ? null : List.copyOf(validationFiles);
        integrations = integrations == null ? null : List.copyOf(integrations);
        repositories = repositories == null ? null : List.copyOf(repositories);
        classifierTargets = classifierTargets == null ? null : List.copyOf(classifierTargets);
    }

    /** A builder with nothing set; see {@link Builder#build()} for what is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link FineTuningJobRequest}; model, training data and hyperparameters are required. */
    public static final class Builder {
        private String model;
        private final List<TrainingFile> trainingFiles = new ArrayList<>();
        private List<String> validationFiles;
        private String suffix;
        private List<WandbIntegration> integrations;
        private Boolean autoStart;
        private Double invalidSampleSkipPercentage;
        private FineTuneableModelType jobType;
        private Hyperparameters hyperparameters;
        private List<GithubRepository> repositories;
        private List<ClassifierTarget> classifierTargets;

        private Builder() {
        }

        /** The model to fine-tune, e.g. {@code mistral-small-latest}. Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Adds a training file with the server's default weight. */
        public Builder addTrainingFile(String fileId) {
            return addTrainingFile(TrainingFile.of(fileId));
        }

        /** Adds a training file with a weight above 0. */
        public Builder addTrainingFile(String fileId, double weight) {
            return addTrainingFile(TrainingFile.of(fileId, weight));
        }

        /** Adds a training file (an uploaded file of purpose {@code fine-tune}) with its weight. */
        public Builder addTrainingFile(TrainingFile file) {
            trainingFiles.add(file);
            return this;
        }

        /** Replaces the training files. */
        public Builder trainingFiles(List<TrainingFile> files) {
            trainingFiles.clear();
            if (files != null) {
                trainingFiles.addAll(files);
            }
            return this;
        }

        /** Replaces the validation files (ids of uploaded files); null sends none. */
        public Builder validationFiles(List<String> fileIds) {
            this.validationFiles = fileIds == null ? null : new ArrayList<>(fileIds);
            return this;
        }

        /**
         * Adds the id of an uploaded file whose samples are used to measure validation loss, not to train.
         */
        public Builder addValidationFile(String fileId) {
            if (validationFiles == null) {
                validationFiles = new ArrayList<>();
            }
            validationFiles.add(fileId);
            return this;
        }

        /**
         * Up to {@value FineTuningJobRequest#MAX_SUFFIX_LENGTH} characters added to the fine-tuned model's
         * name, e.g. {@code ft:open-mistral-7b:my-suffix:xxx}.
         */
        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        /** Adds a Weights &amp; Biases integration the job reports its metrics to. */
        public Builder addIntegration(WandbIntegration integration) {
            if (integrations == null) {
                integrations = new ArrayList<>();
            }
            integrations.add(integration);
            return this;
        }

        /** Replaces the Weights &amp; Biases integrations; null sends none. */
        public Builder integrations(List<WandbIntegration> integrations) {
            this.integrations = integrations == null ? null : new ArrayList<>(integrations);
            return this;
        }

        /**
         * Whether training starts by itself once validated; with false the job waits in {@code VALIDATED}
         * for {@link FineTuningService#start(String)}.
         */
        public Builder autoStart(boolean autoStart) {
            this.autoStart = autoStart;
            return this;
        }

        /**
         * The share of invalid training samples (0 to 0.5) that may be skipped instead of failing
         * validation; unset for the server's default (0).
         */
        public Builder invalidSampleSkipPercentage(double share) {
            this.invalidSampleSkipPercentage = share;
            return this;
        }

        /** Whether to train a completion or a classifier model; unset for completion. */
        public Builder jobType(FineTuneableModelType jobType) {
            this.jobType = jobType;
            return this;
        }

        /** Training settings. Required by the API; {@code Hyperparameters.builder().build()} keeps every default. */
        public Builder hyperparameters(Hyperparameters hyperparameters) {
            this.hyperparameters = hyperparameters;
            return this;
        }

        /** Adds a GitHub repository to train on (a repository can stand in for training files). */
        public Builder addRepository(GithubRepository repository) {
            if (repositories == null) {
                repositories = new ArrayList<>();
            }
            repositories.add(repository);
            return this;
        }

        /** Adds something a classifier job learns to predict; a classifier job needs at least one. */
        public Builder addClassifierTarget(ClassifierTarget target) {
            if (classifierTargets == null) {
                classifierTargets = new ArrayList<>();
            }
            classifierTargets.add(target);
            return this;
        }

        /**
         * The request; throws {@link ValidationException} naming the field if the model, training data
         * (files or repositories) or hyperparameters are missing, a list holds null, the suffix is too
         * long, the skip share is outside 0 to 0.5, or a classifier job has no targets or sets {@code
         * fimRatio}.
         */
        public FineTuningJobRequest build() {
            if (model == null || model.isBlank()) {
                throw new ValidationException("model", "is required");
            }
            if (trainingFiles.isEmpty() && (repositories == null || repositories.isEmpty())) {
                throw new ValidationException("trainingFiles", "at least one training file (or repository) is required");
            }
            Require.noNulls("trainingFiles", trainingFiles);
            Require.noNulls("validationFiles", validationFiles);
            Require.noNulls("integrations", integrations);
            Require.noNulls("repositories", repositories);
            Require.noNulls("classifierTargets", classifierTargets);
            if (hyperparameters == null) {
                throw new ValidationException("hyperparameters", "is required (Hyperparameters.builder().build() "
                        + "keeps the server's defaults)");
            }
            if (suffix != null && suffix.length() > MAX_SUFFIX_LENGTH) {
                throw new ValidationException("suffix", "must be at most " + MAX_SUFFIX_LENGTH
                        + " characters, was " + suffix.length());
            }
            if (invalidSampleSkipPercentage != null
                    && !(invalidSampleSkipPercentage >= 0 && invalidSampleSkipPercentage <= 0.5)) {
                throw new ValidationException("invalidSampleSkipPercentage", "must be between 0 and 0.5, was "
                        + invalidSampleSkipPercentage);
            }
            if (FineTuneableModelType.CLASSIFIER.equals(jobType)) {
                if (hyperparameters.fimRatio() != null) {
                    throw new ValidationException("hyperparameters.fimRatio", "applies to completion jobs only");
                }
                if (classifierTargets == null || classifierTargets.isEmpty()) {
                    throw new ValidationException("classifierTargets", "a classifier job needs at least one target");
                }
            }
            return new FineTuningJobRequest(model, trainingFiles, validationFiles, suffix, integrations, autoStart,
                    invalidSampleSkipPercentage, jobType, hyperparameters, repositories, classifierTargets);
        }
    }
}
