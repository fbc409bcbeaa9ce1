package io.mistral4j.chat;

import io.mistral4j.schema.JsonSchemas;
import java.util.Map;
import java.util.Objects;

/**
 * A tool offered to the model: today always a function.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record Tool(ToolType type, FunctionDefinition function) {

    /** Defaults a null type to {@link ToolType#FUNCTION}; the function is required. */
    public Tool {
        type = type == null ? ToolType.FUNCTION : type;
        Objects.requireNonNull(function, "function");
    }

    /** A function tool. */
    public static Tool function(FunctionDefinition function) {
        return new Tool(ToolType.FUNCTION, function);
    }

    /**
     * A strict function tool whose arguments are a {@code argumentsType} ({@link JsonSchemas#of});
     * read a call's arguments back with {@link FunctionCall#arguments(Class)}.
     */
    public static Tool function(String name, String description, Class<?> argumentsType) {
        return function(new FunctionDefinition(name, description, JsonSchemas.of(argumentsType), true));
    }

    /** A function tool from its name, description and parameters schema. */
    public static Tool function(String name, String description, Map<String, Object> parameters) {
        return function(new FunctionDefinition(name, description, parameters, null));
    }
}
