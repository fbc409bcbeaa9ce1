package io.mistral4j.libraries;

/**
 * The text extracted from a document.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param text the text
 */
public record DocumentTextContent(String text) {
}
