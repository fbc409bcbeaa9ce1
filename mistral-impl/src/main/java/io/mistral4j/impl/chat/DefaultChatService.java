package io.mistral4j.impl.chat;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.ChatService;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.stream.EventStreamPublisher;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** {@link ChatService} over {@code POST /v1/chat/completions}. */
public final class DefaultChatService implements ChatService {

    static final String PATH = "/v1/chat/completions";
    private static final String OPERATION = "chat";
    private static final JsonObject STREAM_FIELD = streamField();

    private final CallExecutor executor;
    private final WithRawResponse raw = new Raw();

    public DefaultChatService(CallExecutor executor) {
        this.executor = executor;
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
        return DefaultChatCompletionStream.open(executor, call(request, true, options));
    }

    @Override
    public Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request, RequestOptions options) {
        requireRequest(request);
        return new EventStreamPublisher<>(() -> stream(request, options), executor.asyncExecutor());
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private ApiCall call(ChatCompletionRequest request, boolean streaming, RequestOptions options) {
        requireRequest(request);
        byte[] body = streaming ? executor.codec().toJsonBytes(request, STREAM_FIELD)
                : executor.codec().toJsonBytes(request);
        return new ApiCall(OPERATION, request.model(), "POST", PATH, null,
                RequestBody.ofBytes(body, "application/json"), streaming, request,
                options == null ? RequestOptions.none() : options);
    }

    private static void requireRequest(ChatCompletionRequest request) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
    }

    private static JsonObject streamField() {
        JsonObject field = new JsonObject();
        field.add("stream", new JsonPrimitive(true));
        return field;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request, RequestOptions options) {
            return executor.execute(call(request, false, options), ChatCompletionResponse.class,
                    ChatCompletionResponse::usage);
        }

        @Override
        public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request,
                                                                                    RequestOptions options) {
            ApiCall call;
            try {
                call = call(request, false, options);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            return executor.executeAsync(call, ChatCompletionResponse.class, ChatCompletionResponse::usage);
        }
    }
}
