package io.mistral4j.chat;

import io.mistral4j.internal.JsonValues;

/**
 * A structured answer read as a Java value, with the answer it was read from.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param value    the answer's JSON text read as the requested type
 * @param response the answer as the API sent it (usage, finish reason, the text itself)
 * @param <T>      the requested type
 */
public record StructuredResponse<T>(T value, ChatCompletionResponse response) {

    /**
     * Reads the first choice's text of {@code response} as a {@code type}; a text that does not fit
     * is a {@link io.mistral4j.errors.MistralDecodingException} naming the JSON path and the expected type.
     */
    public static <T> StructuredResponse<T> read(ChatCompletionResponse response, Class<T> type) {
        return new StructuredResponse<>(JsonValues.read(response.text(), type), response);
    }
}
