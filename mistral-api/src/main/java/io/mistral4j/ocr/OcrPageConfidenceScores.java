package io.mistral4j.ocr;

import java.util.List;

/**
 * Confidence scores of a page.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param wordConfidenceScores       per word, with {@link ConfidenceScoresGranularity#WORD}
 * @param averagePageConfidenceScore the page average, between 0 and 1
 * @param minimumPageConfidenceScore the page minimum, between 0 and 1
 */
public record OcrPageConfidenceScores(List<OcrConfidenceScore> wordConfidenceScores,
                                      double averagePageConfidenceScore, double minimumPageConfidenceScore) {

    /** Copies the word scores; a missing list becomes empty. */
    public OcrPageConfidenceScores {
        wordConfidenceScores = wordConfidenceScores == null ? List.of() : List.copyOf(wordConfidenceScores);
    }
}
