package io.mistral4j.fim;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Fill-in-the-middle code completion ({@code POST /v1/fim/completions}). The answer has the
 * shape of a chat completion, so it reuses the chat types: the filled-in text is
 * {@link ChatCompletionResponse#text()}, streamed events are {@link CompletionChunk}s, and a
 * stream folds into its completion with {@link ChatCompletionStream#accumulated()}.
 *
 * <pre>{@code
 * ChatCompletionResponse middle = client.fim().complete(FimCompletionRequest.builder()
 *         .model("codestral-latest")
 *         .prompt("def add(a, b):\n    ")
 *         .suffix("\n\nprint(add(1, 2))")
 *         .build());
 * }</pre>
 *
 * <p>Retries protect a stream only until its first event.
 */
public interface FimService {

    /**
     * Completes the code between prompt and suffix, blocking until the answer arrives; errors are
     * thrown as {@link io.mistral4j.errors.MistralException}s.
     */
    default ChatCompletionResponse complete(FimCompletionRequest request) {
        return withRawResponse().complete(request).value();
    }

    /** Completes the code without blocking; the future fails with the same errors {@code complete} throws. */
    default CompletableFuture<ChatCompletionResponse> completeAsync(FimCompletionRequest request) {
        return withRawResponse().completeAsync(request).thenApply(ApiResponse::value);
    }

    /** Streams the completion; close the returned stream (try-with-resources). */
    ChatCompletionStream stream(FimCompletionRequest request);

    /**
     * The streamed completion as a cold {@link Flow.Publisher}: each subscription makes one call
     * and reads events only as fast as the subscriber requests them.
     */
    Flow.Publisher<CompletionChunk> streamPublisher(FimCompletionRequest request);

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** FIM operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Completes the code and returns the value with the HTTP answer. */
        ApiResponse<ChatCompletionResponse> complete(FimCompletionRequest request);

        /** Completes the code without blocking and completes with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(FimCompletionRequest request);

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
    FimService withOptions(RequestOptions options);
}
