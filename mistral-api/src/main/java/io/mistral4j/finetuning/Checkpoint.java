package io.mistral4j.finetuning;

/**
 * Metrics of a fine-tuning job at one training step.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param metrics    the losses and accuracy at that step
 * @param stepNumber the step
 * @param createdAt  when, seconds since the epoch
 */
public record Checkpoint(Metrics metrics, int stepNumber, long createdAt) {

    /**
     * Training metrics; losses should fall and accuracy rise as training goes well.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param trainLoss              loss on the training data, or null
     * @param validLoss              loss on the validation data, or null
     * @param validMeanTokenAccuracy token accuracy on the validation data, or null
     */
    public record Metrics(Double trainLoss, Double validLoss, Double validMeanTokenAccuracy) {
    }
}
