package io.mistral4j.embeddings;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The number type of returned embeddings: {@code float}, or integers for the quantised {@code
 * int8}, {@code uint8} and the bit-packed {@code binary}, {@code ubinary}. Open: values this
 * version does not know parse and round-trip unchanged.
 */
public final class EmbeddingDtype extends OpenEnum {

    private static final Map<String, EmbeddingDtype> KNOWN = new LinkedHashMap<>();

    /** {@code float}: 32-bit floating-point values (the default). */
    public static final EmbeddingDtype FLOAT = known("float");
    /** {@code int8}: signed 8-bit integers, -128 to 127, one per dimension. */
    public static final EmbeddingDtype INT8 = known("int8");
    /** {@code uint8}: unsigned 8-bit integers, 0 to 255, one per dimension. */
    public static final EmbeddingDtype UINT8 = known("uint8");
    /** {@code binary}: bit-packed signed values, one per 8 dimensions. */
    public static final EmbeddingDtype BINARY = known("binary");
    /** {@code ubinary}: bit-packed unsigned values, one per 8 dimensions. */
    public static final EmbeddingDtype UBINARY = known("ubinary");

    private final boolean known;

    private EmbeddingDtype(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static EmbeddingDtype known(String value) {
        EmbeddingDtype constant = new EmbeddingDtype(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static EmbeddingDtype of(String value) {
        EmbeddingDtype constant = KNOWN.get(value);
        return constant != null ? constant : new EmbeddingDtype(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
