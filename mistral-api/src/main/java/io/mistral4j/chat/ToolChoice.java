package io.mistral4j.chat;

/**
 * Controls tool calls: a mode ({@link ToolChoiceMode}: {@code auto}, {@code none}, {@code any},
 * {@code required}) or one named function the model must call ({@link FunctionToolChoice}).
 */
public sealed interface ToolChoice permits ToolChoiceMode, FunctionToolChoice {

    static ToolChoice auto() {
        return ToolChoiceMode.AUTO;
    }

    static ToolChoice none() {
        return ToolChoiceMode.NONE;
    }

    static ToolChoice any() {
        return ToolChoiceMode.ANY;
    }

    static ToolChoice required() {
        return ToolChoiceMode.REQUIRED;
    }

    /** Forces a call of the function named {@code name}. */
    static ToolChoice function(String name) {
        return new FunctionToolChoice(ToolType.FUNCTION, name);
    }
}
