package io.mistral4j.spi;

/**
 * A tool call the application runs for the model (see {@code io.mistral4j.tools.ToolRunner}),
 * as {@link CallObserver#onToolStart} sees it.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param toolName  the called tool's name
 * @param callId    the model's id of the call
 * @param arguments the arguments as the model sent them (JSON text); may hold user data
 */
public record ToolInvocation(String toolName, String callId, String arguments) {
}
