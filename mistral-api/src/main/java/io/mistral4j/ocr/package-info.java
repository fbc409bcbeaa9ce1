/**
 * Document OCR ({@code /v1/ocr}): pages as markdown with images, blocks and confidence scores,
 * through {@link io.mistral4j.ocr.OcrService}.
 */
package io.mistral4j.ocr;
