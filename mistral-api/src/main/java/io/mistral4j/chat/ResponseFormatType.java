package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** The output format asked of the model. Open: values this version does not know parse and round-trip unchanged. */
public final class ResponseFormatType extends OpenEnum {

    private static final Map<String, ResponseFormatType> KNOWN = new LinkedHashMap<>();

    /** {@code text}: plain text. */
    public static final ResponseFormatType TEXT = known("text");
    /** {@code json_object}: any JSON object. */
    public static final ResponseFormatType JSON_OBJECT = known("json_object");
    /** {@code json_schema}: JSON following the request's schema. */
    public static final ResponseFormatType JSON_SCHEMA = known("json_schema");

    private final boolean known;

    private ResponseFormatType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ResponseFormatType known(String value) {
        ResponseFormatType constant = new ResponseFormatType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ResponseFormatType of(String value) {
        ResponseFormatType constant = KNOWN.get(value);
        return constant != null ? constant : new ResponseFormatType(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
