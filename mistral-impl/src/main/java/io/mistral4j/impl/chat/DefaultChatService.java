package io.mistral4j.impl.chat;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.ChatService;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.stream.EventStreamPublisher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** {@link ChatService} over {@code POST /v1/chat/completions}. */
public final class DefaultChatService implements ChatService {

    static final String PATH = "/v1/chat/completions";

    static final Operation<ChatCompletionRequest, ChatCompletionResponse> COMPLETE = Operation
            .<ChatCompletionRequest, ChatCompletionResponse>post("chat", PATH, ChatCompletionResponse.class)
            .safeToRepeat().usage(ChatCompletionResponse::usage).jsonBody(ChatCompletionRequest::model).build();
    static final Operation<ChatCompletionRequest, ChatCompletionResponse> STREAM = Operation
            .<ChatCompletionRequest, ChatCompletionResponse>post("chat", PATH, ChatCompletionResponse.class)
            .safeToRepeat().streaming().jsonBody(ChatCompletionRequest::model).build();

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultChatService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultChatService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public ChatCompletionStream stream(ChatCompletionRequest request) {
        return DefaultChatCompletionStream.open(operations.executor(), operations.call(STREAM, request));
    }

    @Override
    public Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request) {
        CallSpec.requireRequest(request);
        return new EventStreamPublisher<>(() -> stream(request), operations.executor().asyncExecutor());
    }

    @Override
    public ChatService withOptions(RequestOptions options) {
        return new DefaultChatService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request) {
            return operations.raw(COMPLETE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request) {
            return operations.rawAsync(COMPLETE, request);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultChatService.this.withOptions(options).withRawResponse();
        }
    }
}
