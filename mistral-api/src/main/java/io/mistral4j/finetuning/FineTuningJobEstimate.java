package io.mistral4j.finetuning;

/**
 * What a dry run of a fine-tuning job reports instead of creating it (the spec's
 * {@code LegacyJobMetadataOut}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param expectedDurationSeconds approximate training time, or null
 * @param cost                    cost, or null
 * @param costCurrency            currency of the cost, or null
 * @param trainTokensPerStep      tokens per step, or null
 * @param trainTokens             tokens trained in total, or null
 * @param dataTokens              tokens in the training data, or null
 * @param estimatedStartTime      estimated start, seconds since the epoch, or null
 * @param deprecated              whether this answer shape is deprecated
 * @param details                 human-readable details
 * @param epochs                  passes over the data, or null
 * @param trainingSteps           training steps, or null
 * @param object                  {@code job.metadata}
 */
public record FineTuningJobEstimate(Long expectedDurationSeconds, Double cost, String costCurrency,
                                    Long trainTokensPerStep, Long trainTokens, Long dataTokens,
                                    Long estimatedStartTime, boolean deprecated, String details, Double epochs,
                                    Integer trainingSteps, String object) {
}
