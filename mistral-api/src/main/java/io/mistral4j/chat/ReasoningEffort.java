package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** How much a reasoning model reasons. Open: values this version does not know parse and round-trip unchanged. */
public final class ReasoningEffort extends OpenEnum {

    private static final Map<String, ReasoningEffort> KNOWN = new LinkedHashMap<>();

    /** {@code high}: full reasoning traces. */
    public static final ReasoningEffort HIGH = known("high");
    /** {@code none}: no reasoning. */
    public static final ReasoningEffort NONE = known("none");

    private final boolean known;

    private ReasoningEffort(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ReasoningEffort known(String value) {
        ReasoningEffort constant = new ReasoningEffort(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ReasoningEffort of(String value) {
        ReasoningEffort constant = KNOWN.get(value);
        return constant != null ? constant : new ReasoningEffort(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
