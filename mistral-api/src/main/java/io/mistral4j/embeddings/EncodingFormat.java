package io.mistral4j.embeddings;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How embeddings travel on the wire: a JSON number array ({@code float}) or a base64 string
 * ({@code base64}). Open: values this version does not know parse and round-trip unchanged.
 */
public final class EncodingFormat extends OpenEnum {

    private static final Map<String, EncodingFormat> KNOWN = new LinkedHashMap<>();

    /** {@code float}: each vector is a JSON array of numbers. */
    public static final EncodingFormat FLOAT = known("float");
    /** {@code base64}: each vector is a base64 string of little-endian float32 values, decoded transparently. */
    public static final EncodingFormat BASE64 = known("base64");

    private final boolean known;

    private EncodingFormat(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static EncodingFormat known(String value) {
        EncodingFormat constant = new EncodingFormat(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static EncodingFormat of(String value) {
        EncodingFormat constant = KNOWN.get(value);
        return constant != null ? constant : new EncodingFormat(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
