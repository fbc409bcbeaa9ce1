package io.mistral4j.ocr;

/**
 * What an OCR call consumed.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param pagesProcessed the pages read
 * @param docSizeBytes   the document size in bytes, or null
 */
public record OcrUsageInfo(int pagesProcessed, Long docSizeBytes) {
}
