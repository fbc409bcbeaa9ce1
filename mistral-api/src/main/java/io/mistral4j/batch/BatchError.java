package io.mistral4j.batch;

/**
 * A kind of failure among a batch job's requests.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param message what went wrong
 * @param count   how many requests it happened to
 */
public record BatchError(String message, int count) {
}
