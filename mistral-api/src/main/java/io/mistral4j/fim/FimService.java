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

    ChatCompletionResponse complete(FimCompletionRequest request, RequestOptions options);

    default ChatCompletionResponse complete(FimCompletionRequest request) {
        return complete(request, RequestOptions.none());
    }

    CompletableFuture<ChatCompletionResponse> completeAsync(FimCompletionRequest request, RequestOptions options);

    default CompletableFuture<ChatCompletionResponse> completeAsync(FimCompletionRequest request) {
        return completeAsync(request, RequestOptions.none());
    }

    /** Streams the completion; close the returned stream (try-with-resources). */
    ChatCompletionStream stream(FimCompletionRequest request, RequestOptions options);

    default ChatCompletionStream stream(FimCompletionRequest request) {
        return stream(request, RequestOptions.none());
    }

    /**
     * The streamed completion as a cold {@link Flow.Publisher}: each subscription makes one call
     * and reads events only as fast as the subscriber requests them.
     */
    Flow.Publisher<CompletionChunk> streamPublisher(FimCompletionRequest request, RequestOptions options);

    default Flow.Publisher<CompletionChunk> streamPublisher(FimCompletionRequest request) {
        return streamPublisher(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** FIM operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        ApiResponse<ChatCompletionResponse> complete(FimCompletionRequest request, RequestOptions options);

        default ApiResponse<ChatCompletionResponse> complete(FimCompletionRequest request) {
            return complete(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(FimCompletionRequest request,
                                                                             RequestOptions options);

        default CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(FimCompletionRequest request) {
            return completeAsync(request, RequestOptions.none());
        }
    }
}
