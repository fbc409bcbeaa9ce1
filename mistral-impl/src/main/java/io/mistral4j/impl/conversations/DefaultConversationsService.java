package io.mistral4j.impl.conversations;

import com.google.gson.reflect.TypeToken;
import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.conversations.ConversationAppendRequest;
import io.mistral4j.conversations.ConversationEvent;
import io.mistral4j.conversations.ConversationHistory;
import io.mistral4j.conversations.ConversationInfo;
import io.mistral4j.conversations.ConversationListRequest;
import io.mistral4j.conversations.ConversationMessages;
import io.mistral4j.conversations.ConversationResponse;
import io.mistral4j.conversations.ConversationRestartRequest;
import io.mistral4j.conversations.ConversationStartRequest;
import io.mistral4j.conversations.ConversationStream;
import io.mistral4j.conversations.ConversationsService;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.OnId;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.operation.Paging;
import io.mistral4j.impl.stream.EventStreamPublisher;
import io.mistral4j.pagination.Page;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * {@link ConversationsService} over {@code /v1/conversations}. Starting, appending and
 * restarting create state (entries, a new conversation), so they are retried only when the
 * server provably did not act; reads and deletes are safe to repeat.
 */
public final class DefaultConversationsService implements ConversationsService {

    static final String CONVERSATIONS = "/v1/conversations";
    static final String CONVERSATION = CONVERSATIONS + "/{conversationId}";
    static final String RESTART = CONVERSATION + "/restart";
    private static final Type INFO_LIST = new TypeToken<List<ConversationInfo>>() { }.getType();
    private static final int SERVER_PAGE_SIZE = 100;

    static final Operation<ConversationStartRequest, ConversationResponse> START = Operation
            .<ConversationStartRequest, ConversationResponse>post("conversations.start", CONVERSATIONS,
                    ConversationResponse.class)
            .usage(DefaultConversationsService::usage).jsonBody(ConversationStartRequest::model).build();
    static final Operation<ConversationStartRequest, ConversationResponse> START_STREAM = Operation
            .<ConversationStartRequest, ConversationResponse>post("conversations.start", CONVERSATIONS,
                    ConversationResponse.class)
            .streaming().jsonBody(ConversationStartRequest::model).build();
    static final Operation<ConversationListRequest, List<ConversationInfo>> LIST = Operation
            .<ConversationListRequest, List<ConversationInfo>>get("conversations.list", CONVERSATIONS, INFO_LIST)
            .encode((request, call) -> call.request(CallSpec.requireRequest(request))
                    .query("page", request.page()).query("page_size", request.pageSize())
                    .queryJson("metadata", request.metadata())).build();
    static final Operation<String, ConversationInfo> GET = Operation
            .<String, ConversationInfo>get("conversations.get", CONVERSATION, ConversationInfo.class)
            .pathId("conversationId").build();
    static final Operation<String, Void> DELETE = Operation
            .<String, Void>delete("conversations.delete", CONVERSATION, Void.class)
            .pathId("conversationId").build();
    static final Operation<OnId<ConversationAppendRequest>, ConversationResponse> APPEND = Operation
            .<OnId<ConversationAppendRequest>, ConversationResponse>post("conversations.append", CONVERSATION,
                    ConversationResponse.class)
            .usage(DefaultConversationsService::usage).encode(DefaultConversationsService::onId).build();
    static final Operation<OnId<ConversationAppendRequest>, ConversationResponse> APPEND_STREAM = Operation
            .<OnId<ConversationAppendRequest>, ConversationResponse>post("conversations.append", CONVERSATION,
                    ConversationResponse.class)
            .streaming().encode(DefaultConversationsService::onId).build();
    static final Operation<String, ConversationHistory> HISTORY = Operation
            .<String, ConversationHistory>get("conversations.history", CONVERSATION + "/history",
                    ConversationHistory.class)
            .pathId("conversationId").build();
    static final Operation<String, ConversationMessages> MESSAGES = Operation
            .<String, ConversationMessages>get("conversations.messages", CONVERSATION + "/messages",
                    ConversationMessages.class)
            .pathId("conversationId").build();
    static final Operation<OnId<ConversationRestartRequest>, ConversationResponse> RESTART_ONCE = Operation
            .<OnId<ConversationRestartRequest>, ConversationResponse>post("conversations.restart", RESTART,
                    ConversationResponse.class)
            .usage(DefaultConversationsService::usage).encode(DefaultConversationsService::onId).build();
    static final Operation<OnId<ConversationRestartRequest>, ConversationResponse> RESTART_STREAM = Operation
            .<OnId<ConversationRestartRequest>, ConversationResponse>post("conversations.restart", RESTART,
                    ConversationResponse.class)
            .streaming().encode(DefaultConversationsService::onId).build();

    // The listing answers a bare array without a total: a full page means another may follow.
    private static final Paging<ConversationListRequest, List<ConversationInfo>, ConversationInfo> PAGES = Paging.of(
            list -> list, list -> null, request -> request.page() == null ? 0 : request.page(),
            request -> request.pageSize() == null ? SERVER_PAGE_SIZE : request.pageSize(),
            (request, page) -> new ConversationListRequest(page, request.pageSize(), request.metadata()));

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultConversationsService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultConversationsService(Operations operations) {
        this.operations = operations;
    }

    private static io.mistral4j.chat.Usage usage(ConversationResponse response) {
        return response.usage() == null ? null : response.usage().toUsage();
    }

    private static void onId(OnId<?> ask, CallSpec call) {
        call.path("conversationId", ask.id()).json(ask.arg());
    }

    @Override
    public ConversationStream startStream(ConversationStartRequest request) {
        return DefaultConversationStream.open(operations.executor(), operations.call(START_STREAM, request));
    }

    @Override
    public Flow.Publisher<ConversationEvent> startStreamPublisher(ConversationStartRequest request) {
        CallSpec.requireRequest(request);
        return publisher(() -> startStream(request));
    }

    @Override
    public ConversationStream appendStream(String conversationId, ConversationAppendRequest request) {
        return DefaultConversationStream.open(operations.executor(),
                operations.call(APPEND_STREAM, new OnId<>(conversationId, request)));
    }

    @Override
    public Flow.Publisher<ConversationEvent> appendStreamPublisher(String conversationId,
                                                                   ConversationAppendRequest request) {
        CallSpec.requireRequest(request);
        return publisher(() -> appendStream(conversationId, request));
    }

    @Override
    public ConversationStream restartStream(String conversationId, ConversationRestartRequest request) {
        return DefaultConversationStream.open(operations.executor(),
                operations.call(RESTART_STREAM, new OnId<>(conversationId, request)));
    }

    @Override
    public Flow.Publisher<ConversationEvent> restartStreamPublisher(String conversationId,
                                                                    ConversationRestartRequest request) {
        CallSpec.requireRequest(request);
        return publisher(() -> restartStream(conversationId, request));
    }

    private Flow.Publisher<ConversationEvent> publisher(Supplier<ConversationStream> open) {
        return new EventStreamPublisher<>(open::get, operations.executor().asyncExecutor());
    }

    @Override
    public ConversationsService withOptions(RequestOptions options) {
        return new DefaultConversationsService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<ConversationResponse> start(ConversationStartRequest request) {
            return operations.raw(START, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ConversationResponse>> startAsync(ConversationStartRequest request) {
            return operations.rawAsync(START, request);
        }

        @Override
        public ApiResponse<Page<ConversationInfo>> list(ConversationListRequest request) {
            return operations.rawPage(LIST, request, PAGES);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<ConversationInfo>>> listAsync(ConversationListRequest request) {
            return operations.rawPageAsync(LIST, request, PAGES);
        }

        @Override
        public ApiResponse<ConversationInfo> get(String conversationId) {
            return operations.raw(GET, conversationId);
        }

        @Override
        public CompletableFuture<ApiResponse<ConversationInfo>> getAsync(String conversationId) {
            return operations.rawAsync(GET, conversationId);
        }

        @Override
        public ApiResponse<Void> delete(String conversationId) {
            return operations.raw(DELETE, conversationId);
        }

        @Override
        public CompletableFuture<ApiResponse<Void>> deleteAsync(String conversationId) {
            return operations.rawAsync(DELETE, conversationId);
        }

        @Override
        public ApiResponse<ConversationResponse> append(String conversationId, ConversationAppendRequest request) {
            return operations.raw(APPEND, new OnId<>(conversationId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<ConversationResponse>> appendAsync(String conversationId,
                                                                                ConversationAppendRequest request) {
            return operations.rawAsync(APPEND, new OnId<>(conversationId, request));
        }

        @Override
        public ApiResponse<ConversationHistory> history(String conversationId) {
            return operations.raw(HISTORY, conversationId);
        }

        @Override
        public CompletableFuture<ApiResponse<ConversationHistory>> historyAsync(String conversationId) {
            return operations.rawAsync(HISTORY, conversationId);
        }

        @Override
        public ApiResponse<ConversationMessages> messages(String conversationId) {
            return operations.raw(MESSAGES, conversationId);
        }

        @Override
        public CompletableFuture<ApiResponse<ConversationMessages>> messagesAsync(String conversationId) {
            return operations.rawAsync(MESSAGES, conversationId);
        }

        @Override
        public ApiResponse<ConversationResponse> restart(String conversationId, ConversationRestartRequest request) {
            return operations.raw(RESTART_ONCE, new OnId<>(conversationId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<ConversationResponse>> restartAsync(String conversationId,
                                                                                 ConversationRestartRequest request) {
            return operations.rawAsync(RESTART_ONCE, new OnId<>(conversationId, request));
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultConversationsService.this.withOptions(options).withRawResponse();
        }
    }
}
