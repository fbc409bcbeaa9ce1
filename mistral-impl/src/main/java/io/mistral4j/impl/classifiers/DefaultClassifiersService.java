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
import io.mistral4j.impl.http.JsonCalls;
import io.mistral4j.spi.ApiCall;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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

    private final JsonCalls calls;
    private final WithRawResponse raw = new Raw();

    public DefaultClassifiersService(CallExecutor executor) {
        this.calls = new JsonCalls(executor);
    }

    @Override
    public ModerationResponse moderate(ClassificationRequest request, RequestOptions options) {
        return raw.moderate(request, options).value();
    }

    @Override
    public CompletableFuture<ModerationResponse> moderateAsync(ClassificationRequest request, RequestOptions options) {
        return raw.moderateAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ModerationResponse moderateChat(ChatModerationRequest request, RequestOptions options) {
        return raw.moderateChat(request, options).value();
    }

    @Override
    public CompletableFuture<ModerationResponse> moderateChatAsync(ChatModerationRequest request,
                                                                   RequestOptions options) {
        return raw.moderateChatAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ClassificationResponse classify(ClassificationRequest request, RequestOptions options) {
        return raw.classify(request, options).value();
    }

    @Override
    public CompletableFuture<ClassificationResponse> classifyAsync(ClassificationRequest request,
                                                                   RequestOptions options) {
        return raw.classifyAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ClassificationResponse classifyChat(ChatClassificationRequest request, RequestOptions options) {
        return raw.classifyChat(request, options).value();
    }

    @Override
    public CompletableFuture<ClassificationResponse> classifyChatAsync(ChatClassificationRequest request,
                                                                       RequestOptions options) {
        return raw.classifyChatAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** One of the four operations: its operation name, path and answer type. */
    private final class Operation<R, T> {
        private final String name;
        private final String path;
        private final Class<T> answer;
        private final Function<R, String> model;

        Operation(String name, String path, Class<T> answer, Function<R, String> model) {
            this.name = name;
            this.path = path;
            this.answer = answer;
            this.model = model;
        }

        ApiResponse<T> run(R request, RequestOptions options) {
            return calls.execute(call(request, options), answer, null);
        }

        CompletableFuture<ApiResponse<T>> runAsync(R request, RequestOptions options) {
            return calls.executeAsync(() -> call(request, options), answer, null);
        }

        private ApiCall call(R request, RequestOptions options) {
            JsonCalls.requireRequest(request);
            return calls.post(name, model.apply(request), path, request, false, options);
        }
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        private final Operation<ClassificationRequest, ModerationResponse> moderate = new Operation<>(
                "moderations", MODERATIONS, ModerationResponse.class, ClassificationRequest::model);
        private final Operation<ChatModerationRequest, ModerationResponse> moderateChat = new Operation<>(
                "chat.moderations", CHAT_MODERATIONS, ModerationResponse.class, ChatModerationRequest::model);
        private final Operation<ClassificationRequest, ClassificationResponse> classify = new Operation<>(
                "classifications", CLASSIFICATIONS, ClassificationResponse.class, ClassificationRequest::model);
        private final Operation<ChatClassificationRequest, ClassificationResponse> classifyChat = new Operation<>(
                "chat.classifications", CHAT_CLASSIFICATIONS, ClassificationResponse.class,
                ChatClassificationRequest::model);

        @Override
        public ApiResponse<ModerationResponse> moderate(ClassificationRequest request, RequestOptions options) {
            return moderate.run(request, options);
        }

        @Override
        public CompletableFuture<ApiResponse<ModerationResponse>> moderateAsync(ClassificationRequest request,
                                                                                RequestOptions options) {
            return moderate.runAsync(request, options);
        }

        @Override
        public ApiResponse<ModerationResponse> moderateChat(ChatModerationRequest request, RequestOptions options) {
            return moderateChat.run(request, options);
        }

        @Override
        public CompletableFuture<ApiResponse<ModerationResponse>> moderateChatAsync(ChatModerationRequest request,
                                                                                    RequestOptions options) {
            return moderateChat.runAsync(request, options);
        }

        @Override
        public ApiResponse<ClassificationResponse> classify(ClassificationRequest request, RequestOptions options) {
            return classify.run(request, options);
        }

        @Override
        public CompletableFuture<ApiResponse<ClassificationResponse>> classifyAsync(ClassificationRequest request,
                                                                                    RequestOptions options) {
            return classify.runAsync(request, options);
        }

        @Override
        public ApiResponse<ClassificationResponse> classifyChat(ChatClassificationRequest request,
                                                                RequestOptions options) {
            return classifyChat.run(request, options);
        }

        @Override
        public CompletableFuture<ApiResponse<ClassificationResponse>> classifyChatAsync(
                ChatClassificationRequest request, RequestOptions options) {
            return classifyChat.runAsync(request, options);
        }
    }
}
