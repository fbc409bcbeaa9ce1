package io.mistral4j.ocr;

/**
 * A paragraph-level block of a page in reading order, with its bounding box.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param type         what the block holds: text, title, table, image, ...
 * @param topLeftX     left edge in pixels
 * @param topLeftY     top edge in pixels
 * @param bottomRightX right edge in pixels
 * @param bottomRightY bottom edge in pixels
 * @param content      the block's text, markdown or html
 * @param imageId      for an image block, the id of its {@link OcrImage}; else null
 * @param tableId      for a table block, the id of its {@link OcrTable} when tables are extracted; else null
 */
public record OcrBlock(OcrBlockType type, int topLeftX, int topLeftY, int bottomRightX, int bottomRightY,
                       String content, String imageId, String tableId) {
}
