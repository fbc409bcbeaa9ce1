package io.mistral4j.ocr;

/**
 * The size of a page image.
 *
 * @param dpi    dots per inch
 * @param height height in pixels
 * @param width  width in pixels
 */
public record OcrPageDimensions(int dpi, int height, int width) {
}
