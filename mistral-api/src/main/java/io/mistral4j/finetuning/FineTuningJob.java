package io.mistral4j.finetuning;

import java.util.List;

/**
 * A fine-tuning job. Listing returns the summary fields; getting, starting and cancelling a
 * job add its {@link #events()}, {@link #checkpoints()} and classifier targets. Completion and
 * classifier jobs share this record and are told apart by {@link #jobType()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id                the job id (a UUID)
 * @param autoStart         whether it starts by itself once validated
 * @param model             the model being fine-tuned
 * @param status            where it is in its life
 * @param createdAt         creation time, seconds since the epoch
 * @param modifiedAt        last change, seconds since the epoch
 * @param trainingFiles     ids of the training files
 * @param validationFiles   ids of the validation files
 * @param object            {@code job}
 * @param fineTunedModel    the id of the resulting model, null until the job succeeded
 * @param suffix            the suffix of the resulting model's name, or null
 * @param integrations      Weights &amp; Biases reporting
 * @param trainedTokens     tokens trained so far, or null
 * @param metadata          the API's estimates, or null
 * @param jobType           {@code completion} or {@code classifier}
 * @param hyperparameters   the training settings in effect
 * @param repositories      repositories trained on (completion jobs)
 * @param events            status changes and other events, oldest first
 * @param checkpoints       metrics along the training
 * @param classifierTargets the targets of a classifier job
 */
public record FineTuningJob(String id, boolean autoStart, String model, FineTuningJobStatus status, long createdAt,
                            long modifiedAt, List<String> trainingFiles, List<String> validationFiles, String object,
                            String fineTunedModel, String suffix, List<WandbIntegrationInfo> integrations,
                            Long trainedTokens, JobMetadata metadata, FineTuneableModelType jobType,
                            Hyperparameters hyperparameters, List<GithubRepositoryInfo> repositories,
                            List<JobEvent> events, List<Checkpoint> checkpoints,
                            List<ClassifierTarget> classifierTargets) {

    /** Copies the lists unmodifiably (null becomes empty); a missing job type means {@code completion}. */
    public FineTuningJob {
        trainingFiles = copy(trainingFiles);
        validationFiles = copy(validationFiles);
        integrations = copy(integrations);
        repositories = copy(repositories);
        events = copy(events);
        checkpoints = copy(checkpoints);
        classifierTargets = copy(classifierTargets);
        jobType = jobType == null ? FineTuneableModelType.COMPLETION : jobType;
    }

    /** Whether the job will not change any more. */
    public boolean isTerminal() {
        return status != null && status.isTerminal();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
