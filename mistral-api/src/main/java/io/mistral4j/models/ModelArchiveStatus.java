package io.mistral4j.models;

/**
 * The answer to archiving or unarchiving a fine-tuned model.
 *
 * @param id       the model
 * @param object   {@code model}
 * @param archived whether it is now archived
 */
public record ModelArchiveStatus(String id, String object, boolean archived) {
}
