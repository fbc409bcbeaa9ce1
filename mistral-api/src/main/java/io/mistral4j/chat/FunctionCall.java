package io.mistral4j.chat;

import io.mistral4j.internal.JsonValues;

/**
 * A function name and its arguments. The API sends arguments as a JSON string or as an
 * object; both arrive here as the JSON text.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record FunctionCall(String name, String arguments) {

    /**
     * The arguments read as a {@code type} (a record whose schema the tool declared, see
     * {@link Tool#function(String, String, Class)}); arguments that do not fit are a
     * {@link io.mistral4j.errors.MistralDecodingException} naming the JSON path and the expected type.
     */
    public <T> T arguments(Class<T> type) {
        return JsonValues.read(arguments == null || arguments.isBlank() ? "{}" : arguments, type);
    }
}
