package io.mistral4j.finetuning;

/**
 * Estimates the API computed for a fine-tuning job.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param expectedDurationSeconds expected duration, or null
 * @param cost                    cost, or null
 * @param costCurrency            currency of the cost, or null
 * @param trainTokensPerStep      tokens per training step, or null
 * @param trainTokens             tokens trained in total, or null
 * @param dataTokens              tokens in the training data, or null
 * @param estimatedStartTime      estimated start, seconds since the epoch, or null
 */
public record JobMetadata(Long expectedDurationSeconds, Double cost, String costCurrency, Long trainTokensPerStep,
                          Long trainTokens, Long dataTokens, Long estimatedStartTime) {
}
