package io.mistral4j.batch;

/**
 * The answer to deleting a batch job.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id      the deleted job
 * @param object  {@code batch}
 * @param deleted whether it was deleted
 */
public record DeletedBatchJob(String id, String object, boolean deleted) {
}
