package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which system prompt the server adds (deprecated for reasoning models in favour of reasoning effort). Open: values this version does not know parse and round-trip unchanged. */
public final class PromptMode extends OpenEnum {

    private static final Map<String, PromptMode> KNOWN = new LinkedHashMap<>();

    /** {@code reasoning}: a reasoning model uses its reasoning system prompt. */
    public static final PromptMode REASONING = known("reasoning");

    private final boolean known;

    private PromptMode(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static PromptMode known(String value) {
        PromptMode constant = new PromptMode(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static PromptMode of(String value) {
        PromptMode constant = KNOWN.get(value);
        return constant != null ? constant : new PromptMode(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
