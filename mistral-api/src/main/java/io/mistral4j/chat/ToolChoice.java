package io.mistral4j.chat;

/**
 * Controls tool calls: a mode ({@link ToolChoiceMode}: {@code auto}, {@code none}, {@code any},
 * {@code required}) or one named function the model must call ({@link FunctionToolChoice}).
 */
public sealed interface ToolChoice permits ToolChoiceMode, FunctionToolChoice {

    /** The model chooses between answering and calling tools (the server default). */
    static ToolChoice auto() {
        return ToolChoiceMode.AUTO;
    }

    /** The model calls no tool. */
    static ToolChoice none() {
        return ToolChoiceMode.NONE;
    }

    /** The model must call at least one tool. */
    static ToolChoice any() {
        return ToolChoiceMode.ANY;
    }

    /** The model must call at least one tool, like {@link #any()}. */
    static ToolChoice required() {
        return ToolChoiceMode.REQUIRED;
    }

    /** Forces a call of the function named {@code name}. */
    static ToolChoice function(String name) {
        return new FunctionToolChoice(ToolType.FUNCTION, name);
    }
}
