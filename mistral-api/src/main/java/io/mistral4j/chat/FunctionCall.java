package io.mistral4j.chat;

/**
 * A function name and its arguments. The API sends arguments as a JSON string or as an
 * object; both arrive here as the JSON text.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record FunctionCall(String name, String arguments) {
}
