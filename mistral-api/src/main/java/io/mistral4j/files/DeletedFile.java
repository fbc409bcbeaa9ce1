package io.mistral4j.files;

/**
 * The answer to deleting a file.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id      the deleted file
 * @param object  {@code file}
 * @param deleted whether it was deleted
 */
public record DeletedFile(String id, String object, boolean deleted) {
}
