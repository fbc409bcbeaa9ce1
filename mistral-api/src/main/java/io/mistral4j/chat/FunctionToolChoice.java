package io.mistral4j.chat;

import java.util.Objects;

/** Forces the model to call one named function: {@code {"type":"function","function":{"name":...}}}. */
public record FunctionToolChoice(ToolType type, String name) implements ToolChoice {

    /** Defaults a null type to {@link ToolType#FUNCTION}; the name is required. */
    public FunctionToolChoice {
        type = type == null ? ToolType.FUNCTION : type;
        Objects.requireNonNull(name, "name");
    }
}
