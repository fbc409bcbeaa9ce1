package io.mistral4j.files;

/**
 * The answer to deleting a file.
 *
 * @param id      the deleted file
 * @param object  {@code file}
 * @param deleted whether it was deleted
 */
public record DeletedFile(String id, String object, boolean deleted) {
}
