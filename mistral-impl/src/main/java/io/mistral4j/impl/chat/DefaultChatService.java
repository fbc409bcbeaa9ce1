package io.mistral4j.impl.chat;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.ChatService;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.JsonCalls;
import io.mistral4j.impl.stream.CompletionStreams;
import io.mistral4j.spi.ApiCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** {@link ChatService} over {@code POST /v1/chat/completions}. */
public final class DefaultChatService implements ChatService {

    static final String PATH = "/v1/chat/completions";
    private static final String OPERATION = "chat";

    private final JsonCalls calls;
    private final WithRawResponse raw = new Raw();

    public DefaultChatService(CallExecutor executor) {
        this.calls = new JsonCalls(executor);
    }

    @Override
    public ChatCompletionResponse complete(ChatCompletionRequest request, RequestOptions options) {
        return raw.complete(request, options).value();
    }

    @Override
    public CompletableFuture<ChatCompletionResponse> completeAsync(ChatCompletionRequest request,
                                                                  RequestOptions options) {
        return raw.completeAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ChatCompletionStream stream(ChatCompletionRequest request, RequestOptions options) {
        return CompletionStreams.open(calls.executor(), call(request, true, options));
    }

    @Override
    public Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request, RequestOptions options) {
        JsonCalls.requireRequest(request);
        return CompletionStreams.publisher(calls.executor(), () -> stream(request, options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private ApiCall call(ChatCompletionRequest request, boolean streaming, RequestOptions options) {
        JsonCalls.requireRequest(request);
        return calls.post(OPERATION, request.model(), PATH, request, streaming, options);
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request, RequestOptions options) {
            return calls.execute(call(request, false, options), ChatCompletionResponse.class,
                    ChatCompletionResponse::usage);
        }

        @Override
        public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request,
                                                                                    RequestOptions options) {
            return calls.executeAsync(() -> call(request, false, options), ChatCompletionResponse.class,
                    ChatCompletionResponse::usage);
        }
    }
}
