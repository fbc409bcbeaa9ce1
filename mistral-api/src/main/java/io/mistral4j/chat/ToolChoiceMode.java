package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** Whether and how the model may call tools: {@code auto}, {@code none}, {@code any} or {@code required}. Open: values this version does not know parse and round-trip unchanged. */
public final class ToolChoiceMode extends OpenEnum implements ToolChoice {

    private static final Map<String, ToolChoiceMode> KNOWN = new LinkedHashMap<>();

    /** {@code auto}: the model chooses between answering and calling tools (the server default). */
    public static final ToolChoiceMode AUTO = known("auto");
    /** {@code none}: the model calls no tool and answers with a message. */
    public static final ToolChoiceMode NONE = known("none");
    /** {@code any}: the model must call at least one tool. */
    public static final ToolChoiceMode ANY = known("any");
    /** {@code required}: the model must call at least one tool, like {@link #ANY}. */
    public static final ToolChoiceMode REQUIRED = known("required");

    private final boolean known;

    private ToolChoiceMode(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ToolChoiceMode known(String value) {
        ToolChoiceMode constant = new ToolChoiceMode(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ToolChoiceMode of(String value) {
        ToolChoiceMode constant = KNOWN.get(value);
        return constant != null ? constant : new ToolChoiceMode(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
