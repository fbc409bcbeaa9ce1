package io.mistral4j.finetuning;

/**
 * A job's Weights &amp; Biases integration as the API reports it (without the key).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param type    {@code wandb}
 * @param project the W&amp;B project
 * @param name    the run's display name, or null
 * @param runName the run name, or null
 * @param url     the run's page, or null
 */
public record WandbIntegrationInfo(String type, String project, String name, String runName, String url) {
}
