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
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.stream.EventStreamPublisher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** {@link FimService} over {@code POST /v1/fim/completions}; answers and events share the chat types. */
public final class DefaultFimService implements FimService {

    static final String PATH = "/v1/fim/completions";
    /** The OpenTelemetry GenAI name for completions that are not chat. */
    private static final String OPERATION = "text_completion";

    static final Operation<FimCompletionRequest, ChatCompletionResponse> COMPLETE = Operation
            .<FimCompletionRequest, ChatCompletionResponse>post(OPERATION, PATH, ChatCompletionResponse.class)
            .safeToRepeat().usage(ChatCompletionResponse::usage).jsonBody(FimCompletionRequest::model).build();
    static final Operation<FimCompletionRequest, ChatCompletionResponse> STREAM = Operation
            .<FimCompletionRequest, ChatCompletionResponse>post(OPERATION, PATH, ChatCompletionResponse.class)
            .safeToRepeat().streaming().jsonBody(FimCompletionRequest::model).build();

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultFimService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultFimService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public ChatCompletionStream stream(FimCompletionRequest request) {
        return DefaultChatCompletionStream.open(operations.executor(), operations.call(STREAM, request));
    }

    @Override
    public Flow.Publisher<CompletionChunk> streamPublisher(FimCompletionRequest request) {
        CallSpec.requireRequest(request);
        return new EventStreamPublisher<>(() -> stream(request), operations.executor().asyncExecutor());
    }

    @Override
    public FimService withOptions(RequestOptions options) {
        return new DefaultFimService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<ChatCompletionResponse> complete(FimCompletionRequest request) {
            return operations.raw(COMPLETE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(FimCompletionRequest request) {
            return operations.rawAsync(COMPLETE, request);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultFimService.this.withOptions(options).withRawResponse();
        }
    }
}
