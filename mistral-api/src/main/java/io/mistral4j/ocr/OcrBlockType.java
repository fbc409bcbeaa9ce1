package io.mistral4j.ocr;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kind of a content block on an OCR page. Open: values this version does not know parse and
 * round-trip unchanged.
 */
public final class OcrBlockType extends OpenEnum {

    private static final Map<String, OcrBlockType> KNOWN = new LinkedHashMap<>();

    public static final OcrBlockType TEXT = known("text");
    public static final OcrBlockType LIST = known("list");
    public static final OcrBlockType IMAGE = known("image");
    public static final OcrBlockType TABLE = known("table");
    public static final OcrBlockType TITLE = known("title");
    public static final OcrBlockType EQUATION = known("equation");
    public static final OcrBlockType CAPTION = known("caption");
    public static final OcrBlockType CODE = known("code");
    public static final OcrBlockType REFERENCES = known("references");
    public static final OcrBlockType ASIDE_TEXT = known("aside_text");
    public static final OcrBlockType HEADER = known("header");
    public static final OcrBlockType FOOTER = known("footer");
    public static final OcrBlockType SIGNATURE = known("signature");

    private final boolean known;

    private OcrBlockType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static OcrBlockType known(String value) {
        OcrBlockType constant = new OcrBlockType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static OcrBlockType of(String value) {
        OcrBlockType constant = KNOWN.get(value);
        return constant != null ? constant : new OcrBlockType(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
