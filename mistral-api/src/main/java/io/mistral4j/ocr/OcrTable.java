package io.mistral4j.ocr;

import java.util.List;

/**
 * A table extracted from a page.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id                   the table's id, as referenced from the page markdown
 * @param content              the table in {@code format}
 * @param format               markdown or html
 * @param wordConfidenceScores per-word confidence, when asked for
 */
public record OcrTable(String id, String content, TableFormat format, List<OcrConfidenceScore> wordConfidenceScores) {

    /** Copies the word scores; a missing list becomes empty. */
    public OcrTable {
        wordConfidenceScores = wordConfidenceScores == null ? List.of() : List.copyOf(wordConfidenceScores);
    }
}
