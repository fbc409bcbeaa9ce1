package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kind of a tool or tool call. Open: values this version does not know parse and round-trip unchanged. */
public final class ToolType extends OpenEnum {

    private static final Map<String, ToolType> KNOWN = new LinkedHashMap<>();

    /** {@code function}: a function the application runs. */
    public static final ToolType FUNCTION = known("function");

    private final boolean known;

    private ToolType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ToolType known(String value) {
        ToolType constant = new ToolType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ToolType of(String value) {
        ToolType constant = KNOWN.get(value);
        return constant != null ? constant : new ToolType(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
