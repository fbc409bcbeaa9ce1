package io.mistral4j.batch;

import io.mistral4j.chat.ChatCompletionRequest;

/**
 * Writes a batch input file as JSONL, one {@code {"custom_id": ..., "body": {...}}} line per
 * request, ready to upload with purpose {@code batch}. Obtained from
 * {@link BatchService#requestWriter(java.io.OutputStream)}; closing it closes the target.
 * Not thread-safe.
 *
 * <pre>{@code
 * try (BatchRequestWriter writer = client.batch().requestWriter(Path.of("batch.jsonl"))) {
 *     writer.write("q1", ChatCompletionRequest.builder().model(model).addUserMessage("Hi").build());
 * }
 * }</pre>
 */
public interface BatchRequestWriter extends AutoCloseable {

    /** Writes one chat request. */
    BatchRequestWriter write(String customId, ChatCompletionRequest request);

    /**
     * Writes one request of any endpoint: a request record of this library (embeddings, FIM, ...)
     * or a map of JSON values.
     */
    BatchRequestWriter write(String customId, Object body);

    /** Lines written so far. */
    long count();

    /** Flushes and closes the target. */
    @Override
    void close();
}
