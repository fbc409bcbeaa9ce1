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

    /** Moderates texts, with no per-call options. */
    default ModerationResponse moderate(ClassificationRequest request) {
        return moderate(request, RequestOptions.none());
    }

    /** Moderates texts without blocking; the future fails with the errors the blocking form throws. */
    CompletableFuture<ModerationResponse> moderateAsync(ClassificationRequest request, RequestOptions options);

    /** Moderates texts without blocking, with no per-call options. */
    default CompletableFuture<ModerationResponse> moderateAsync(ClassificationRequest request) {
        return moderateAsync(request, RequestOptions.none());
    }

    /** Moderates conversations, each judged as a whole. */
    ModerationResponse moderateChat(ChatModerationRequest request, RequestOptions options);

    /** Moderates conversations (each judged as a whole), with no per-call options. */
    default ModerationResponse moderateChat(ChatModerationRequest request) {
        return moderateChat(request, RequestOptions.none());
    }

    /**
     * Moderates conversations (each judged as a whole) without blocking; the future fails with the
     * errors the blocking form throws.
     */
    CompletableFuture<ModerationResponse> moderateChatAsync(ChatModerationRequest request, RequestOptions options);

    /** Moderates conversations (each judged as a whole) without blocking, with no per-call options. */
    default CompletableFuture<ModerationResponse> moderateChatAsync(ChatModerationRequest request) {
        return moderateChatAsync(request, RequestOptions.none());
    }

    /** Classifies texts with a classifier model. */
    ClassificationResponse classify(ClassificationRequest request, RequestOptions options);

    /** Classifies texts with a classifier model, with no per-call options. */
    default ClassificationResponse classify(ClassificationRequest request) {
        return classify(request, RequestOptions.none());
    }

    /**
     * Classifies texts with a classifier model without blocking; the future fails with the errors
     * the blocking form throws.
     */
    CompletableFuture<ClassificationResponse> classifyAsync(ClassificationRequest request, RequestOptions options);

    /** Classifies texts with a classifier model without blocking, with no per-call options. */
    default CompletableFuture<ClassificationResponse> classifyAsync(ClassificationRequest request) {
        return classifyAsync(request, RequestOptions.none());
    }

    /** Classifies conversations with a classifier model. */
    ClassificationResponse classifyChat(ChatClassificationRequest request, RequestOptions options);

    /** Classifies conversations with a classifier model, with no per-call options. */
    default ClassificationResponse classifyChat(ChatClassificationRequest request) {
        return classifyChat(request, RequestOptions.none());
    }

    /**
     * Classifies conversations with a classifier model without blocking; the future fails with the
     * errors the blocking form throws.
     */
    CompletableFuture<ClassificationResponse> classifyChatAsync(ChatClassificationRequest request,
                                                                RequestOptions options);

    /** Classifies conversations with a classifier model without blocking, with no per-call options. */
    default CompletableFuture<ClassificationResponse> classifyChatAsync(ChatClassificationRequest request) {
        return classifyChatAsync(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Classifier operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Moderates texts and returns the value with the HTTP answer. */
        ApiResponse<ModerationResponse> moderate(ClassificationRequest request, RequestOptions options);

        /** Moderates texts, with no per-call options, and returns the value with the HTTP answer. */
        default ApiResponse<ModerationResponse> moderate(ClassificationRequest request) {
            return moderate(request, RequestOptions.none());
        }

        /** Moderates texts without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<ModerationResponse>> moderateAsync(ClassificationRequest request,
                                                                         RequestOptions options);

        /**
         * Moderates texts without blocking, with no per-call options, completing with the value and
         * the HTTP answer.
         */
        default CompletableFuture<ApiResponse<ModerationResponse>> moderateAsync(ClassificationRequest request) {
            return moderateAsync(request, RequestOptions.none());
        }

        /** Moderates conversations (each judged as a whole) and returns the value with the HTTP answer. */
        ApiResponse<ModerationResponse> moderateChat(ChatModerationRequest request, RequestOptions options);

        /**
         * Moderates conversations (each judged as a whole), with no per-call options, and returns
         * the value with the HTTP answer.
         */
        default ApiResponse<ModerationResponse> moderateChat(ChatModerationRequest request) {
            return moderateChat(request, RequestOptions.none());
        }

        /**
         * Moderates conversations (each judged as a whole) without blocking, completing with the
         * value and the HTTP answer.
         */
        CompletableFuture<ApiResponse<ModerationResponse>> moderateChatAsync(ChatModerationRequest request,
                                                                             RequestOptions options);

        /**
         * Moderates conversations (each judged as a whole) without blocking, with no per-call
         * options, completing with the value and the HTTP answer.
         */
        default CompletableFuture<ApiResponse<ModerationResponse>> moderateChatAsync(ChatModerationRequest request) {
            return moderateChatAsync(request, RequestOptions.none());
        }

        /** Classifies texts with a classifier model and returns the value with the HTTP answer. */
        ApiResponse<ClassificationResponse> classify(ClassificationRequest request, RequestOptions options);

        /**
         * Classifies texts with a classifier model, with no per-call options, and returns the value
         * with the HTTP answer.
         */
        default ApiResponse<ClassificationResponse> classify(ClassificationRequest request) {
            return classify(request, RequestOptions.none());
        }

        /** Classifies texts with a classifier model without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<ClassificationResponse>> classifyAsync(ClassificationRequest request,
                                                                             RequestOptions options);

        /**
         * Classifies texts with a classifier model without blocking, with no per-call options,
         * completing with the value and the HTTP answer.
         */
        default CompletableFuture<ApiResponse<ClassificationResponse>> classifyAsync(ClassificationRequest request) {
            return classifyAsync(request, RequestOptions.none());
        }

        /** Classifies conversations with a classifier model and returns the value with the HTTP answer. */
        ApiResponse<ClassificationResponse> classifyChat(ChatClassificationRequest request, RequestOptions options);

        /**
         * Classifies conversations with a classifier model, with no per-call options, and returns
         * the value with the HTTP answer.
         */
        default ApiResponse<ClassificationResponse> classifyChat(ChatClassificationRequest request) {
            return classifyChat(request, RequestOptions.none());
        }

        /**
         * Classifies conversations with a classifier model without blocking, completing with the
         * value and the HTTP answer.
         */
        CompletableFuture<ApiResponse<ClassificationResponse>> classifyChatAsync(ChatClassificationRequest request,
                                                                                 RequestOptions options);

        /**
         * Classifies conversations with a classifier model without blocking, with no per-call
         * options, completing with the value and the HTTP answer.
         */
        default CompletableFuture<ApiResponse<ClassificationResponse>> classifyChatAsync(
                ChatClassificationRequest request) {
            return classifyChatAsync(request, RequestOptions.none());
        }
    }
}
