package io.mistral4j.classifiers;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Moderation and classification of texts and of conversations: {@code POST /v1/moderations},
 * {@code /v1/chat/moderations}, {@code /v1/classifications} and {@code /v1/chat/classifications}.
 *
 * <pre>{@code
 * ModerationResponse verdict = client.classifiers().moderate(ClassificationRequest.builder()
 *         .model("mistral-moderation-latest")
 *         .input("some user text")
 *         .build());
 * if (verdict.flagged()) { ... }
 * }</pre>
 */
public interface ClassifiersService {

    /** Moderates texts. */
    ModerationResponse moderate(ClassificationRequest request, RequestOptions options);

    default ModerationResponse moderate(ClassificationRequest request) {
        return moderate(request, RequestOptions.none());
    }

    CompletableFuture<ModerationResponse> moderateAsync(ClassificationRequest request, RequestOptions options);

    default CompletableFuture<ModerationResponse> moderateAsync(ClassificationRequest request) {
        return moderateAsync(request, RequestOptions.none());
    }

    /** Moderates conversations, each judged as a whole. */
    ModerationResponse moderateChat(ChatModerationRequest request, RequestOptions options);

    default ModerationResponse moderateChat(ChatModerationRequest request) {
        return moderateChat(request, RequestOptions.none());
    }

    CompletableFuture<ModerationResponse> moderateChatAsync(ChatModerationRequest request, RequestOptions options);

    default CompletableFuture<ModerationResponse> moderateChatAsync(ChatModerationRequest request) {
        return moderateChatAsync(request, RequestOptions.none());
    }

    /** Classifies texts with a classifier model. */
    ClassificationResponse classify(ClassificationRequest request, RequestOptions options);

    default ClassificationResponse classify(ClassificationRequest request) {
        return classify(request, RequestOptions.none());
    }

    CompletableFuture<ClassificationResponse> classifyAsync(ClassificationRequest request, RequestOptions options);

    default CompletableFuture<ClassificationResponse> classifyAsync(ClassificationRequest request) {
        return classifyAsync(request, RequestOptions.none());
    }

    /** Classifies conversations with a classifier model. */
    ClassificationResponse classifyChat(ChatClassificationRequest request, RequestOptions options);

    default ClassificationResponse classifyChat(ChatClassificationRequest request) {
        return classifyChat(request, RequestOptions.none());
    }

    CompletableFuture<ClassificationResponse> classifyChatAsync(ChatClassificationRequest request,
                                                                RequestOptions options);

    default CompletableFuture<ClassificationResponse> classifyChatAsync(ChatClassificationRequest request) {
        return classifyChatAsync(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Classifier operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        ApiResponse<ModerationResponse> moderate(ClassificationRequest request, RequestOptions options);

        default ApiResponse<ModerationResponse> moderate(ClassificationRequest request) {
            return moderate(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ModerationResponse>> moderateAsync(ClassificationRequest request,
                                                                         RequestOptions options);

        default CompletableFuture<ApiResponse<ModerationResponse>> moderateAsync(ClassificationRequest request) {
            return moderateAsync(request, RequestOptions.none());
        }

        ApiResponse<ModerationResponse> moderateChat(ChatModerationRequest request, RequestOptions options);

        default ApiResponse<ModerationResponse> moderateChat(ChatModerationRequest request) {
            return moderateChat(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ModerationResponse>> moderateChatAsync(ChatModerationRequest request,
                                                                             RequestOptions options);

        default CompletableFuture<ApiResponse<ModerationResponse>> moderateChatAsync(ChatModerationRequest request) {
            return moderateChatAsync(request, RequestOptions.none());
        }

        ApiResponse<ClassificationResponse> classify(ClassificationRequest request, RequestOptions options);

        default ApiResponse<ClassificationResponse> classify(ClassificationRequest request) {
            return classify(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ClassificationResponse>> classifyAsync(ClassificationRequest request,
                                                                             RequestOptions options);

        default CompletableFuture<ApiResponse<ClassificationResponse>> classifyAsync(ClassificationRequest request) {
            return classifyAsync(request, RequestOptions.none());
        }

        ApiResponse<ClassificationResponse> classifyChat(ChatClassificationRequest request, RequestOptions options);

        default ApiResponse<ClassificationResponse> classifyChat(ChatClassificationRequest request) {
            return classifyChat(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ClassificationResponse>> classifyChatAsync(ChatClassificationRequest request,
                                                                                 RequestOptions options);

        default CompletableFuture<ApiResponse<ClassificationResponse>> classifyChatAsync(
                ChatClassificationRequest request) {
            return classifyChatAsync(request, RequestOptions.none());
        }
    }
}
