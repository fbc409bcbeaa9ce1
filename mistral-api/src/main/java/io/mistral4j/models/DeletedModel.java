package io.mistral4j.models;

/**
 * The answer to deleting a fine-tuned model.
 *
 * @param id      the deleted model
 * @param object  {@code model}
 * @param deleted whether it was deleted
 */
public record DeletedModel(String id, String object, boolean deleted) {
}
