package io.mistral4j.ocr;

/**
 * The confidence in one word of the OCR output.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param text       the word
 * @param confidence between 0 and 1
 * @param startIndex where the word starts in the page markdown
 */
public record OcrConfidenceScore(String text, double confidence, int startIndex) {
}
