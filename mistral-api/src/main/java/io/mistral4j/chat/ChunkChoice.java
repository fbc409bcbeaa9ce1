package io.mistral4j.chat;

/**
 * One choice's delta in a stream event; {@code finishReason} is set on its last event only.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record ChunkChoice(int index, DeltaMessage delta, FinishReason finishReason) {
}
