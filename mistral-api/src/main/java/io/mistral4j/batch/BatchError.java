package io.mistral4j.batch;

/**
 * A kind of failure among a batch job's requests.
 *
 * @param message what went wrong
 * @param count   how many requests it happened to
 */
public record BatchError(String message, int count) {
}
