package io.mistral4j.chat;

/** One choice's delta in a stream event; {@code finishReason} is set on its last event only. */
public record ChunkChoice(int index, DeltaMessage delta, FinishReason finishReason) {
}
