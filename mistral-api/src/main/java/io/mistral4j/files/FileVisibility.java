package io.mistral4j.files;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who can see an uploaded file. Open: values this version does not know parse and round-trip unchanged. */
public final class FileVisibility extends OpenEnum {

    private static final Map<String, FileVisibility> KNOWN = new LinkedHashMap<>();

    /** {@code workspace}: everyone in the workspace can see and use the file (the server's default). */
    public static final FileVisibility WORKSPACE = known("workspace");
    /** {@code user}: only the uploading user can see it. */
    public static final FileVisibility USER = known("user");

    private final boolean known;

    private FileVisibility(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static FileVisibility known(String value) {
        FileVisibility constant = new FileVisibility(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static FileVisibility of(String value) {
        FileVisibility constant = KNOWN.get(value);
        return constant != null ? constant : new FileVisibility(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<FileVisibility> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
