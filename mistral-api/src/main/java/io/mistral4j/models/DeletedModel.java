package io.mistral4j.models;

/**
 * The answer to deleting a fine-tuned model.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id      the deleted model
 * @param object  {@code model}
 * @param deleted whether it was deleted
 */
public record DeletedModel(String id, String object, boolean deleted) {
}
