package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;

/**
 * An uploaded file of training data and its weight among the job's training files.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param fileId the id of an uploaded file (purpose {@code fine-tune})
 * @param weight its weight, above 0 (the server's default is 1), or null
 */
public record TrainingFile(String fileId, Double weight) {

    /**
     * Validates the file id (required) and the weight (null, or above 0); otherwise throws {@link
     * ValidationException}.
     */
    public TrainingFile {
        if (fileId == null || fileId.isBlank()) {
            throw new ValidationException("fileId", "is required");
        }
        if (weight != null && !(weight > 0)) {
            throw new ValidationException("weight", "must be above 0, was " + weight);
        }
    }

    /** A training file with the server's default weight (1). */
    public static TrainingFile of(String fileId) {
        return new TrainingFile(fileId, null);
    }

    /** A training file with an explicit weight (above 0), relative to the job's other files. */
    public static TrainingFile of(String fileId, double weight) {
        return new TrainingFile(fileId, weight);
    }
}
