package io.mistral4j.files;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where a file came from: uploaded, imported from a repository, or written by Mistral (batch results). Open: values this version does not know parse and round-trip unchanged. */
public final class FileSource extends OpenEnum {

    private static final Map<String, FileSource> KNOWN = new LinkedHashMap<>();

    /** {@code upload}: uploaded through {@code POST /v1/files}. */
    public static final FileSource UPLOAD = known("upload");
    /** {@code repository}: imported from a repository. */
    public static final FileSource REPOSITORY = known("repository");
    /** {@code mistral}: written by Mistral, e.g. a batch job's output or error file. */
    public static final FileSource MISTRAL = known("mistral");

    private final boolean known;

    private FileSource(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static FileSource known(String value) {
        FileSource constant = new FileSource(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static FileSource of(String value) {
        FileSource constant = KNOWN.get(value);
        return constant != null ? constant : new FileSource(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<FileSource> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
