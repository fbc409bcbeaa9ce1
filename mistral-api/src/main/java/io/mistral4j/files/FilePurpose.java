package io.mistral4j.files;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an uploaded file is for. Open: values this version does not know parse and round-trip unchanged. */
public final class FilePurpose extends OpenEnum {

    private static final Map<String, FilePurpose> KNOWN = new LinkedHashMap<>();

    /** {@code fine-tune}: training or validation data for a fine-tuning job (JSONL). */
    public static final FilePurpose FINE_TUNE = known("fine-tune");
    /** {@code batch}: the requests of a batch job (JSONL, one request per line). */
    public static final FilePurpose BATCH = known("batch");
    /** {@code ocr}: a document to run OCR on. */
    public static final FilePurpose OCR = known("ocr");

    private final boolean known;

    private FilePurpose(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static FilePurpose known(String value) {
        FilePurpose constant = new FilePurpose(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static FilePurpose of(String value) {
        FilePurpose constant = KNOWN.get(value);
        return constant != null ? constant : new FilePurpose(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<FilePurpose> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
