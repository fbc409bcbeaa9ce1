package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** Why the model stopped generating. Open: values this version does not know parse and round-trip unchanged. */
public final class FinishReason extends OpenEnum {

    private static final Map<String, FinishReason> KNOWN = new LinkedHashMap<>();

    /** {@code stop}: the model finished, or hit a stop string. */
    public static final FinishReason STOP = known("stop");
    /** {@code length}: the answer reached {@code maxTokens}. */
    public static final FinishReason LENGTH = known("length");
    /** {@code model_length}: the conversation reached the model's context length. */
    public static final FinishReason MODEL_LENGTH = known("model_length");
    /** {@code error}: generation failed on the server. */
    public static final FinishReason ERROR = known("error");
    /** {@code tool_calls}: the model stopped to call tools. */
    public static final FinishReason TOOL_CALLS = known("tool_calls");

    private final boolean known;

    private FinishReason(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static FinishReason known(String value) {
        FinishReason constant = new FinishReason(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static FinishReason of(String value) {
        FinishReason constant = KNOWN.get(value);
        return constant != null ? constant : new FinishReason(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
