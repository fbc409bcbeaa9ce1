package io.mistral4j.ocr;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How fine OCR confidence scores are: per {@code word}, or per {@code page} only. Open: values
 * this version does not know parse and round-trip unchanged.
 */
public final class ConfidenceScoresGranularity extends OpenEnum {

    private static final Map<String, ConfidenceScoresGranularity> KNOWN = new LinkedHashMap<>();

    /** {@code word}: a score for every word, beside the page aggregates. */
    public static final ConfidenceScoresGranularity WORD = known("word");
    /** {@code page}: only the aggregates of each page (average and minimum score). */
    public static final ConfidenceScoresGranularity PAGE = known("page");

    private final boolean known;

    private ConfidenceScoresGranularity(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ConfidenceScoresGranularity known(String value) {
        ConfidenceScoresGranularity constant = new ConfidenceScoresGranularity(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ConfidenceScoresGranularity of(String value) {
        ConfidenceScoresGranularity constant = KNOWN.get(value);
        return constant != null ? constant : new ConfidenceScoresGranularity(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
