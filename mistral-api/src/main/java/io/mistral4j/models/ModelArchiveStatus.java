package io.mistral4j.models;

/**
 * The answer to archiving or unarchiving a fine-tuned model.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id       the model
 * @param object   {@code model}
 * @param archived whether it is now archived
 */
public record ModelArchiveStatus(String id, String object, boolean archived) {
}
