package io.mistral4j.chat;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Chat completions ({@code POST /v1/chat/completions}): plain, streamed, with tools and with
 * structured output. Every operation has a variant taking {@link RequestOptions}.
 *
 * <p>Retries protect a stream only until its first event: once an event reached the caller,
 * a failure ends the stream with an exception instead of replaying it.
 */
public interface ChatService {

    /**
     * Asks the model to answer the conversation, blocking until the answer arrives; errors are
     * thrown as {@link io.mistral4j.errors.MistralException}s.
     */
    ChatCompletionResponse complete(ChatCompletionRequest request, RequestOptions options);

    /** Asks the model to answer the conversation, with no per-call options. */
    default ChatCompletionResponse complete(ChatCompletionRequest request) {
        return complete(request, RequestOptions.none());
    }

    /**
     * Asks the model to answer the conversation without blocking; the future fails with the errors
     * the blocking form throws.
     */
    CompletableFuture<ChatCompletionResponse> completeAsync(ChatCompletionRequest request, RequestOptions options);

    /** Asks the model to answer the conversation without blocking, with no per-call options. */
    default CompletableFuture<ChatCompletionResponse> completeAsync(ChatCompletionRequest request) {
        return completeAsync(request, RequestOptions.none());
    }

    /** Streams the answer; close the returned stream (try-with-resources). */
    ChatCompletionStream stream(ChatCompletionRequest request, RequestOptions options);

    /** Streams the answer (close the stream), with no per-call options. */
    default ChatCompletionStream stream(ChatCompletionRequest request) {
        return stream(request, RequestOptions.none());
    }

    /**
     * The streamed answer as a cold {@link Flow.Publisher}: each subscription makes one call,
     * events are read from the network only as fast as the subscriber requests them, and
     * cancelling releases the connection.
     */
    Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request, RequestOptions options);

    /** The streamed answer as a cold publisher, with no per-call options. */
    default Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request) {
        return streamPublisher(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Chat operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Asks the model to answer the conversation and returns the value with the HTTP answer. */
        ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request, RequestOptions options);

        /**
         * Asks the model to answer the conversation, with no per-call options, and returns the
         * value with the HTTP answer.
         */
        default ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request) {
            return complete(request, RequestOptions.none());
        }

        /**
         * Asks the model to answer the conversation without blocking, completing with the value and
         * the HTTP answer.
         */
        CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request,
                                                                             RequestOptions options);

        /**
         * Asks the model to answer the conversation without blocking, with no per-call options,
         * completing with the value and the HTTP answer.
         */
        default CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request) {
            return completeAsync(request, RequestOptions.none());
        }
    }
}
