package io.mistral4j.chat;

import java.util.Objects;

/**
 * Forces the model to call one named function: {@code {"type":"function","function":{"name":...}}}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record FunctionToolChoice(ToolType type, String name) implements ToolChoice {

    /** Defaults a null type to {@link ToolType#FUNCTION}; the name is required. */
    public FunctionToolChoice {
        type = type == null ? ToolType.FUNCTION : type;
        Objects.requireNonNull(name, "name");
    }
}
