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

    /** {@code text}: a paragraph of body text. */
    public static final OcrBlockType TEXT = known("text");
    /** {@code list}: a bulleted or numbered list. */
    public static final OcrBlockType LIST = known("list");
    /** {@code image}: a figure or picture. */
    public static final OcrBlockType IMAGE = known("image");
    /** {@code table}: a table. */
    public static final OcrBlockType TABLE = known("table");
    /** {@code title}: a title or section heading. */
    public static final OcrBlockType TITLE = known("title");
    /** {@code equation}: a mathematical formula. */
    public static final OcrBlockType EQUATION = known("equation");
    /** {@code caption}: the caption of a figure or table. */
    public static final OcrBlockType CAPTION = known("caption");
    /** {@code code}: a block of source code. */
    public static final OcrBlockType CODE = known("code");
    /** {@code references}: a bibliography or list of references. */
    public static final OcrBlockType REFERENCES = known("references");
    /** {@code aside_text}: text beside the main flow, such as a margin note or sidebar. */
    public static final OcrBlockType ASIDE_TEXT = known("aside_text");
    /** {@code header}: a running page header. */
    public static final OcrBlockType HEADER = known("header");
    /** {@code footer}: a running page footer. */
    public static final OcrBlockType FOOTER = known("footer");
    /** {@code signature}: a handwritten or drawn signature. */
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
