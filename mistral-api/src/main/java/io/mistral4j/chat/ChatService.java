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

    ChatCompletionResponse complete(ChatCompletionRequest request, RequestOptions options);

    default ChatCompletionResponse complete(ChatCompletionRequest request) {
        return complete(request, RequestOptions.none());
    }

    CompletableFuture<ChatCompletionResponse> completeAsync(ChatCompletionRequest request, RequestOptions options);

    default CompletableFuture<ChatCompletionResponse> completeAsync(ChatCompletionRequest request) {
        return completeAsync(request, RequestOptions.none());
    }

    /** Streams the answer; close the returned stream (try-with-resources). */
    ChatCompletionStream stream(ChatCompletionRequest request, RequestOptions options);

    default ChatCompletionStream stream(ChatCompletionRequest request) {
        return stream(request, RequestOptions.none());
    }

    /**
     * The streamed answer as a cold {@link Flow.Publisher}: each subscription makes one call,
     * events are read from the network only as fast as the subscriber requests them, and
     * cancelling releases the connection.
     */
    Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request, RequestOptions options);

    default Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request) {
        return streamPublisher(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Chat operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request, RequestOptions options);

        default ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request) {
            return complete(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request,
                                                                             RequestOptions options);

        default CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request) {
            return completeAsync(request, RequestOptions.none());
        }
    }
}
