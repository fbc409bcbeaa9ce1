package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;

/**
 * An uploaded file of training data and its weight among the job's training files.
 *
 * @param fileId the id of an uploaded file (purpose {@code fine-tune})
 * @param weight its weight, above 0 (the server's default is 1), or null
 */
public record TrainingFile(String fileId, Double weight) {

    public TrainingFile {
        if (fileId == null || fileId.isBlank()) {
            throw new ValidationException("fileId", "is required");
        }
        if (weight != null && !(weight > 0)) {
            throw new ValidationException("weight", "must be above 0, was " + weight);
        }
    }

    public static TrainingFile of(String fileId) {
        return new TrainingFile(fileId, null);
    }

    public static TrainingFile of(String fileId, double weight) {
        return new TrainingFile(fileId, weight);
    }
}
