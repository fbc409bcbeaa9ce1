package io.mistral4j.ocr;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How tables found in a document are returned. Open: values this version does not know parse and
 * round-trip unchanged.
 */
public final class TableFormat extends OpenEnum {

    private static final Map<String, TableFormat> KNOWN = new LinkedHashMap<>();

    /** {@code markdown}: tables as markdown. */
    public static final TableFormat MARKDOWN = known("markdown");
    /** {@code html}: tables as HTML, which keeps merged cells. */
    public static final TableFormat HTML = known("html");

    private final boolean known;

    private TableFormat(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static TableFormat known(String value) {
        TableFormat constant = new TableFormat(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static TableFormat of(String value) {
        TableFormat constant = KNOWN.get(value);
        return constant != null ? constant : new TableFormat(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
