package io.mistral4j.chat;

/**
 * The result of a tool call, sent back to the model.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param content    the result
 * @param toolCallId the id of the call it answers
 * @param name       the function's name, or null
 */
public record ToolMessage(Content content, String toolCallId, String name) implements Message {

    /** The wire {@code role} of tool results, {@value}. */
    public static final String ROLE = "tool";

    /** The result of the tool call with this id. */
    public static ToolMessage of(String toolCallId, String result) {
        return new ToolMessage(Content.of(result), toolCallId, null);
    }

    /** The result of this call, quoting its id and function name. */
    public static ToolMessage of(ToolCall call, String result) {
        return new ToolMessage(Content.of(result), call.id(), call.function().name());
    }

    @Override
    public String role() {
        return ROLE;
    }
}
