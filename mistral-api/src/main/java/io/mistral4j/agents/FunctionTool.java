package io.mistral4j.agents;

import io.mistral4j.chat.FunctionDefinition;
import io.mistral4j.chat.Tool;

/**
 * A function the application runs: the model answers with a tool call naming it, the
 * application runs it and sends the result back as a tool message.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param function the function's name, description and JSON schema of its arguments
 */
public record FunctionTool(FunctionDefinition function) implements AgentTool {

    /** The wire {@code type} of this tool, {@value}. */
    public static final String TYPE = "function";

    /** The same function as a chat tool. */
    public static FunctionTool of(Tool tool) {
        return new FunctionTool(tool.function());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
