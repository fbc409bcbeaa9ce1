package io.mistral4j.conversations;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.pagination.Page;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Conversations ({@code /v1/conversations}) with an agent or a model: started, appended to,
 * restarted from any entry (a new conversation branching off), read back, listed and deleted;
 * answers whole or streamed as typed events. {@link #conversation(ConversationStartRequest)}
 * gives a {@link Conversation} handle that keeps the id between turns. Every operation has an
 * async form and a raw-response form; settings for some calls only go through {@link #withOptions}.
 */
public interface ConversationsService {

    /** Starts a conversation and answers its first entries ({@code POST /v1/conversations}). */
    default ConversationResponse start(ConversationStartRequest request) {
        return withRawResponse().start(request).value();
    }

    /** Asynchronous {@link #start}; the future fails with the same typed exception. */
    default CompletableFuture<ConversationResponse> startAsync(ConversationStartRequest request) {
        return withRawResponse().startAsync(request).thenApply(ApiResponse::value);
    }

    /** Starts a conversation and streams the answer as events; close the stream (or read it to the end). */
    ConversationStream startStream(ConversationStartRequest request);

    /** {@link #startStream} as a cold publisher: each subscription sends its own request. */
    Flow.Publisher<ConversationEvent> startStreamPublisher(ConversationStartRequest request);

    /** Starts a conversation and returns a handle on it that keeps its id between turns. */
    default Conversation conversation(ConversationStartRequest request) {
        return Conversation.start(this, request);
    }

    /**
     * A handle on a conversation not started yet: nothing is sent until {@link Conversation#start()}
     * or {@link Conversation#startStream()}, after which it behaves as {@link #conversation} does.
     */
    default Conversation newConversation(ConversationStartRequest request) {
        return Conversation.unstarted(this, request);
    }

    /** A handle on a conversation started earlier. */
    default Conversation resume(String conversationId) {
        return Conversation.resume(this, conversationId);
    }

    /** Lists conversations, newest first, page by page ({@code GET /v1/conversations}). */
    default Page<ConversationInfo> list(ConversationListRequest request) {
        return withRawResponse().list(request).value();
    }

    /** Every conversation, page by page. */
    default Page<ConversationInfo> list() {
        return list(ConversationListRequest.all());
    }

    /** Asynchronous {@link #list(ConversationListRequest)}. */
    default CompletableFuture<Page<ConversationInfo>> listAsync(ConversationListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** One conversation ({@code GET /v1/conversations/{id}}). */
    default ConversationInfo get(String conversationId) {
        return withRawResponse().get(conversationId).value();
    }

    /** Asynchronous {@link #get}. */
    default CompletableFuture<ConversationInfo> getAsync(String conversationId) {
        return withRawResponse().getAsync(conversationId).thenApply(ApiResponse::value);
    }

    /** Deletes a conversation ({@code DELETE /v1/conversations/{id}}). */
    default void delete(String conversationId) {
        withRawResponse().delete(conversationId);
    }

    /** Asynchronous {@link #delete}. */
    default CompletableFuture<Void> deleteAsync(String conversationId) {
        return withRawResponse().deleteAsync(conversationId).thenApply(ApiResponse::value);
    }

    /** Appends entries and answers them ({@code POST /v1/conversations/{id}}). */
    default ConversationResponse append(String conversationId, ConversationAppendRequest request) {
        return withRawResponse().append(conversationId, request).value();
    }

    /** Asynchronous {@link #append}. */
    default CompletableFuture<ConversationResponse> appendAsync(String conversationId,
                                                                ConversationAppendRequest request) {
        return withRawResponse().appendAsync(conversationId, request).thenApply(ApiResponse::value);
    }

    /** Appends entries and streams the answer as events. */
    ConversationStream appendStream(String conversationId, ConversationAppendRequest request);

    /** {@link #appendStream} as a cold publisher. */
    Flow.Publisher<ConversationEvent> appendStreamPublisher(String conversationId, ConversationAppendRequest request);

    /** Every entry of a conversation ({@code GET /v1/conversations/{id}/history}). */
    default ConversationHistory history(String conversationId) {
        return withRawResponse().history(conversationId).value();
    }

    /** Asynchronous {@link #history}. */
    default CompletableFuture<ConversationHistory> historyAsync(String conversationId) {
        return withRawResponse().historyAsync(conversationId).thenApply(ApiResponse::value);
    }

    /** The messages of a conversation ({@code GET /v1/conversations/{id}/messages}). */
    default ConversationMessages messages(String conversationId) {
        return withRawResponse().messages(conversationId).value();
    }

    /** Asynchronous {@link #messages}. */
    default CompletableFuture<ConversationMessages> messagesAsync(String conversationId) {
        return withRawResponse().messagesAsync(conversationId).thenApply(ApiResponse::value);
    }

    /**
     * Restarts a conversation from one of its entries ({@code POST /v1/conversations/{id}/restart});
     * the answer names the new conversation.
     */
    default ConversationResponse restart(String conversationId, ConversationRestartRequest request) {
        return withRawResponse().restart(conversationId, request).value();
    }

    /** Asynchronous {@link #restart}. */
    default CompletableFuture<ConversationResponse> restartAsync(String conversationId,
                                                                 ConversationRestartRequest request) {
        return withRawResponse().restartAsync(conversationId, request).thenApply(ApiResponse::value);
    }

    /** Restarts a conversation and streams the answer as events. */
    ConversationStream restartStream(String conversationId, ConversationRestartRequest request);

    /** {@link #restartStream} as a cold publisher. */
    Flow.Publisher<ConversationEvent> restartStreamPublisher(String conversationId,
                                                             ConversationRestartRequest request);

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    ConversationsService withOptions(RequestOptions options);

    /** Conversation operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** {@link ConversationsService#start} with the HTTP answer. */
        ApiResponse<ConversationResponse> start(ConversationStartRequest request);

        /** Asynchronous {@link #start}. */
        CompletableFuture<ApiResponse<ConversationResponse>> startAsync(ConversationStartRequest request);

        /** {@link ConversationsService#list(ConversationListRequest)} with the HTTP answer of the first page. */
        ApiResponse<Page<ConversationInfo>> list(ConversationListRequest request);

        /** Asynchronous {@link #list}. */
        CompletableFuture<ApiResponse<Page<ConversationInfo>>> listAsync(ConversationListRequest request);

        /** {@link ConversationsService#get} with the HTTP answer. */
        ApiResponse<ConversationInfo> get(String conversationId);

        /** Asynchronous {@link #get}. */
        CompletableFuture<ApiResponse<ConversationInfo>> getAsync(String conversationId);

        /** {@link ConversationsService#delete} with the HTTP answer. */
        ApiResponse<Void> delete(String conversationId);

        /** Asynchronous {@link #delete}. */
        CompletableFuture<ApiResponse<Void>> deleteAsync(String conversationId);

        /** {@link ConversationsService#append} with the HTTP answer. */
        ApiResponse<ConversationResponse> append(String conversationId, ConversationAppendRequest request);

        /** Asynchronous {@link #append}. */
        CompletableFuture<ApiResponse<ConversationResponse>> appendAsync(String conversationId,
                                                                         ConversationAppendRequest request);

        /** {@link ConversationsService#history} with the HTTP answer. */
        ApiResponse<ConversationHistory> history(String conversationId);

        /** Asynchronous {@link #history}. */
        CompletableFuture<ApiResponse<ConversationHistory>> historyAsync(String conversationId);

        /** {@link ConversationsService#messages} with the HTTP answer. */
        ApiResponse<ConversationMessages> messages(String conversationId);

        /** Asynchronous {@link #messages}. */
        CompletableFuture<ApiResponse<ConversationMessages>> messagesAsync(String conversationId);

        /** {@link ConversationsService#restart} with the HTTP answer. */
        ApiResponse<ConversationResponse> restart(String conversationId, ConversationRestartRequest request);

        /** Asynchronous {@link #restart}. */
        CompletableFuture<ApiResponse<ConversationResponse>> restartAsync(String conversationId,
                                                                          ConversationRestartRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }
}
