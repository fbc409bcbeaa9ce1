package io.mistral4j.impl.fim;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.fim.FimCompletionRequest;
import io.mistral4j.fim.FimService;
import io.mistral4j.impl.chat.DefaultChatCompletionStream;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.JsonCalls;
import io.mistral4j.impl.stream.EventStreamPublisher;
import io.mistral4j.spi.ApiCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** {@link FimService} over {@code POST /v1/fim/completions}; answers and events share the chat types. */
public final class DefaultFimService implements FimService {

    static final String PATH = "/v1/fim/completions";
    /** The OpenTelemetry GenAI name for completions that are not chat. */
    private static final String OPERATION = "text_completion";

    private final JsonCalls calls;
    private final WithRawResponse raw = new Raw();

    public DefaultFimService(CallExecutor executor) {
        this.calls = new JsonCalls(executor);
    }

    @Override
    public ChatCompletionResponse complete(FimCompletionRequest request, RequestOptions options) {
        return raw.complete(request, options).value();
    }

    @Override
    public CompletableFuture<ChatCompletionResponse> completeAsync(FimCompletionRequest request,
                                                                  RequestOptions options) {
        return raw.completeAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ChatCompletionStream stream(FimCompletionRequest request, RequestOptions options) {
        return DefaultChatCompletionStream.open(calls.executor(), call(request, true, options));
    }

    @Override
    public Flow.Publisher<CompletionChunk> streamPublisher(FimCompletionRequest request, RequestOptions options) {
        JsonCalls.requireRequest(request);
        return new EventStreamPublisher<>(() -> stream(request, options), calls.executor().asyncExecutor());
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private ApiCall call(FimCompletionRequest request, boolean streaming, RequestOptions options) {
        JsonCalls.requireRequest(request);
        return calls.post(OPERATION, request.model(), PATH, request, streaming, options);
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<ChatCompletionResponse> complete(FimCompletionRequest request, RequestOptions options) {
            return calls.execute(call(request, false, options), ChatCompletionResponse.class,
                    ChatCompletionResponse::usage);
        }

        @Override
        public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(FimCompletionRequest request,
                                                                                    RequestOptions options) {
            return calls.executeAsync(() -> call(request, false, options), ChatCompletionResponse.class,
                    ChatCompletionResponse::usage);
        }
    }
}
