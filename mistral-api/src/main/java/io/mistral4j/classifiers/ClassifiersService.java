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
    default ModerationResponse moderate(ClassificationRequest request) {
        return withRawResponse().moderate(request).value();
    }

    /** Moderates texts without blocking; the future fails with the errors the blocking form throws. */
    default CompletableFuture<ModerationResponse> moderateAsync(ClassificationRequest request) {
        return withRawResponse().moderateAsync(request).thenApply(ApiResponse::value);
    }

    /** Moderates conversations, each judged as a whole. */
    default ModerationResponse moderateChat(ChatModerationRequest request) {
        return withRawResponse().moderateChat(request).value();
    }

    /**
     * Moderates conversations (each judged as a whole) without blocking; the future fails with the
     * errors the blocking form throws.
     */
    default CompletableFuture<ModerationResponse> moderateChatAsync(ChatModerationRequest request) {
        return withRawResponse().moderateChatAsync(request).thenApply(ApiResponse::value);
    }

    /** Classifies texts with a classifier model. */
    default ClassificationResponse classify(ClassificationRequest request) {
        return withRawResponse().classify(request).value();
    }

    /**
     * Classifies texts with a classifier model without blocking; the future fails with the errors
     * the blocking form throws.
     */
    default CompletableFuture<ClassificationResponse> classifyAsync(ClassificationRequest request) {
        return withRawResponse().classifyAsync(request).thenApply(ApiResponse::value);
    }

    /** Classifies conversations with a classifier model. */
    default ClassificationResponse classifyChat(ChatClassificationRequest request) {
        return withRawResponse().classifyChat(request).value();
    }

    /**
     * Classifies conversations with a classifier model without blocking; the future fails with the
     * errors the blocking form throws.
     */
    default CompletableFuture<ClassificationResponse> classifyChatAsync(ChatClassificationRequest request) {
        return withRawResponse().classifyChatAsync(request).thenApply(ApiResponse::value);
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Classifier operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Moderates texts and returns the value with the HTTP answer. */
        ApiResponse<ModerationResponse> moderate(ClassificationRequest request);

        /** Moderates texts without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<ModerationResponse>> moderateAsync(ClassificationRequest request);

        /** Moderates conversations (each judged as a whole) and returns the value with the HTTP answer. */
        ApiResponse<ModerationResponse> moderateChat(ChatModerationRequest request);

        /**
         * Moderates conversations (each judged as a whole) without blocking, completing with the
         * value and the HTTP answer.
         */
        CompletableFuture<ApiResponse<ModerationResponse>> moderateChatAsync(ChatModerationRequest request);

        /** Classifies texts with a classifier model and returns the value with the HTTP answer. */
        ApiResponse<ClassificationResponse> classify(ClassificationRequest request);

        /** Classifies texts with a classifier model without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<ClassificationResponse>> classifyAsync(ClassificationRequest request);

        /** Classifies conversations with a classifier model and returns the value with the HTTP answer. */
        ApiResponse<ClassificationResponse> classifyChat(ChatClassificationRequest request);

        /**
         * Classifies conversations with a classifier model without blocking, completing with the
         * value and the HTTP answer.
         */
        CompletableFuture<ApiResponse<ClassificationResponse>> classifyChatAsync(ChatClassificationRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    ClassifiersService withOptions(RequestOptions options);
}
