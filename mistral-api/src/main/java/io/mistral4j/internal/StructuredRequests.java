package io.mistral4j.internal;

import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.StructuredResponse;

/** Adds a type's schema to completion requests and reads the answers back as the type. */
public final class StructuredRequests {

    private StructuredRequests() {
    }

    /** {@code request} asking for {@code type}'s schema, unless it names a response format itself. */
    public static ChatCompletionRequest asking(ChatCompletionRequest request, Class<?> type) {
        return request.responseFormat() != null ? request
                : request.toBuilder().responseFormat(ResponseFormat.jsonSchema(type)).build();
    }

    /** {@code request} asking for {@code type}'s schema, unless it names a response format itself. */
    public static AgentsCompletionRequest asking(AgentsCompletionRequest request, Class<?> type) {
        return request.responseFormat() != null ? request
                : request.toBuilder().responseFormat(ResponseFormat.jsonSchema(type)).build();
    }

    /** The first choice's text read as {@code type}. */
    public static <T> StructuredResponse<T> read(ChatCompletionResponse response, Class<T> type) {
        return new StructuredResponse<>(JsonValues.read(response.text(), type), response);
    }
}
