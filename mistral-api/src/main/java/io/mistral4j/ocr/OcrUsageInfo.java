package io.mistral4j.ocr;

/**
 * What an OCR call consumed.
 *
 * @param pagesProcessed the pages read
 * @param docSizeBytes   the document size in bytes, or null
 */
public record OcrUsageInfo(int pagesProcessed, Long docSizeBytes) {
}
