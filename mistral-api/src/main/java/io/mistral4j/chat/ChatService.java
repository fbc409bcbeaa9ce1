package io.mistral4j.chat;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Chat completions ({@code POST /v1/chat/completions}): plain, streamed, with tools and with
 * structured output. Settings for some calls only (a timeout, attempts, headers) go
 * through {@link #withOptions}.
 *
 * <p>Retries protect a stream only until its first event: once an event reached the caller,
 * a failure ends the stream with an exception instead of replaying it.
 */
public interface ChatService {

    /**
     * Asks the model to answer the conversation, blocking until the answer arrives; errors are
     * thrown as {@link io.mistral4j.errors.MistralException}s.
     */
    default ChatCompletionResponse complete(ChatCompletionRequest request) {
        return withRawResponse().complete(request).value();
    }

    /**
     * Asks the model to answer the conversation without blocking; the future fails with the errors
     * the blocking form throws.
     */
    default CompletableFuture<ChatCompletionResponse> completeAsync(ChatCompletionRequest request) {
        return withRawResponse().completeAsync(request).thenApply(ApiResponse::value);
    }

    /**
     * Asks for an answer following {@code type}'s JSON schema ({@link ResponseFormat#jsonSchema(Class)},
     * unless the request names a response format) and reads it as a {@code type}; an answer that does
     * not fit is a {@link io.mistral4j.errors.MistralDecodingException} naming the JSON path and the
     * expected type.
     */
    default <T> StructuredResponse<T> complete(ChatCompletionRequest request, Class<T> type) {
        ChatCompletionRequest asking = request.responseFormat() != null ? request
                : request.toBuilder().responseFormat(ResponseFormat.jsonSchema(type)).build();
        return StructuredResponse.read(complete(asking), type);
    }

    /**
     * Streams an answer following {@code type}'s JSON schema (unless the request names a response
     * format); read the deltas as they come, and the value once the stream ends with
     * {@link ChatCompletionStream#accumulated(Class)}. Close the returned stream (try-with-resources).
     */
    default ChatCompletionStream stream(ChatCompletionRequest request, Class<?> type) {
        return stream(request.responseFormat() != null ? request
                : request.toBuilder().responseFormat(ResponseFormat.jsonSchema(type)).build());
    }

    /** Streams the answer; close the returned stream (try-with-resources). */
    ChatCompletionStream stream(ChatCompletionRequest request);

    /**
     * The streamed answer as a cold {@link Flow.Publisher}: each subscription makes one call,
     * events are read from the network only as fast as the subscriber requests them, and
     * cancelling releases the connection.
     */
    Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request);

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Chat operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Asks the model to answer the conversation and returns the value with the HTTP answer. */
        ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request);

        /**
         * Asks the model to answer the conversation without blocking, completing with the value and
         * the HTTP answer.
         */
        CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    ChatService withOptions(RequestOptions options);
}
