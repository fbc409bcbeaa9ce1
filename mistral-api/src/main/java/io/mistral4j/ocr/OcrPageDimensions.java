package io.mistral4j.ocr;

/**
 * The size of a page image.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param dpi    dots per inch
 * @param height height in pixels
 * @param width  width in pixels
 */
public record OcrPageDimensions(int dpi, int height, int width) {
}
