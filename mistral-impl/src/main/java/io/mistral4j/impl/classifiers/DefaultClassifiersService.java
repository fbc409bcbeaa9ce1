package io.mistral4j.impl.classifiers;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.classifiers.ChatClassificationRequest;
import io.mistral4j.classifiers.ChatModerationRequest;
import io.mistral4j.classifiers.ClassificationRequest;
import io.mistral4j.classifiers.ClassificationResponse;
import io.mistral4j.classifiers.ClassifiersService;
import io.mistral4j.classifiers.ModerationResponse;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ClassifiersService} over {@code POST /v1/moderations}, {@code /v1/chat/moderations},
 * {@code /v1/classifications} and {@code /v1/chat/classifications}. Their answers carry no token
 * usage in the published spec, so none is reported.
 */
public final class DefaultClassifiersService implements ClassifiersService {

    static final String MODERATIONS = "/v1/moderations";
    static final String CHAT_MODERATIONS = "/v1/chat/moderations";
    static final String CLASSIFICATIONS = "/v1/classifications";
    static final String CHAT_CLASSIFICATIONS = "/v1/chat/classifications";

    static final Operation<ClassificationRequest, ModerationResponse> MODERATE = Operation
            .<ClassificationRequest, ModerationResponse>post("moderations", MODERATIONS, ModerationResponse.class)
            .safeToRepeat().jsonBody(ClassificationRequest::model).build();
    static final Operation<ChatModerationRequest, ModerationResponse> MODERATE_CHAT = Operation
            .<ChatModerationRequest, ModerationResponse>post("chat.moderations", CHAT_MODERATIONS, ModerationResponse.class)
            .safeToRepeat().jsonBody(ChatModerationRequest::model).build();
    static final Operation<ClassificationRequest, ClassificationResponse> CLASSIFY = Operation
            .<ClassificationRequest, ClassificationResponse>post("classifications", CLASSIFICATIONS, ClassificationResponse.class)
            .safeToRepeat().jsonBody(ClassificationRequest::model).build();
    static final Operation<ChatClassificationRequest, ClassificationResponse> CLASSIFY_CHAT = Operation
            .<ChatClassificationRequest, ClassificationResponse>post("chat.classifications", CHAT_CLASSIFICATIONS, ClassificationResponse.class)
            .safeToRepeat().jsonBody(ChatClassificationRequest::model).build();

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultClassifiersService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultClassifiersService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public ClassifiersService withOptions(RequestOptions options) {
        return new DefaultClassifiersService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<ModerationResponse> moderate(ClassificationRequest request) {
            return operations.raw(MODERATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ModerationResponse>> moderateAsync(ClassificationRequest request) {
            return operations.rawAsync(MODERATE, request);
        }

        @Override
        public ApiResponse<ModerationResponse> moderateChat(ChatModerationRequest request) {
            return operations.raw(MODERATE_CHAT, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ModerationResponse>> moderateChatAsync(ChatModerationRequest request) {
            return operations.rawAsync(MODERATE_CHAT, request);
        }

        @Override
        public ApiResponse<ClassificationResponse> classify(ClassificationRequest request) {
            return operations.raw(CLASSIFY, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ClassificationResponse>> classifyAsync(ClassificationRequest request) {
            return operations.rawAsync(CLASSIFY, request);
        }

        @Override
        public ApiResponse<ClassificationResponse> classifyChat(ChatClassificationRequest request) {
            return operations.raw(CLASSIFY_CHAT, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ClassificationResponse>> classifyChatAsync(ChatClassificationRequest request) {
            return operations.rawAsync(CLASSIFY_CHAT, request);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultClassifiersService.this.withOptions(options).withRawResponse();
        }
    }
}
