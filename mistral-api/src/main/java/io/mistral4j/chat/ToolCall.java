package io.mistral4j.chat;

/**
 * A call the model asks for. In streams, calls arrive as deltas keyed by {@code index}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id       the call's id, quoted by the {@link ToolMessage} that answers it
 * @param type     the tool type
 * @param function the function name and its arguments as a JSON string
 * @param index    position among parallel calls (streams); null when not sent
 */
public record ToolCall(String id, ToolType type, FunctionCall function, Integer index) {

    /** Defaults a null type to {@link ToolType#FUNCTION}. */
    public ToolCall {
        type = type == null ? ToolType.FUNCTION : type;
    }

    /** A function call with this id, function name and arguments (a JSON object as a string). */
    public static ToolCall of(String id, String name, String argumentsJson) {
        return new ToolCall(id, ToolType.FUNCTION, new FunctionCall(name, argumentsJson), null);
    }
}
