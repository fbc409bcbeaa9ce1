package io.mistral4j.impl.agents;

import static io.mistral4j.impl.agents.AgentPaths.AGENT;
import static io.mistral4j.impl.agents.AgentPaths.AGENTS;
import static io.mistral4j.impl.agents.AgentPaths.ALIASES;
import static io.mistral4j.impl.agents.AgentPaths.COMPLETIONS;
import static io.mistral4j.impl.agents.AgentPaths.PAGES;
import static io.mistral4j.impl.agents.AgentPaths.VERSIONS;

import com.google.gson.reflect.TypeToken;
import io.mistral4j.ApiResponse;
import io.mistral4j.OpenEnum;
import io.mistral4j.RequestOptions;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentAlias;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentListRequest;
import io.mistral4j.agents.AgentUpdateRequest;
import io.mistral4j.agents.AgentVersionListRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.agents.AgentsService;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.chat.DefaultChatCompletionStream;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.CursorPaging;
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
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@link AgentsService} over {@code /v1/agents} and {@code POST /v1/agents/completions}. */
public final class DefaultAgentsService implements AgentsService {

    private static final Type AGENT_LIST = new TypeToken<List<Agent>>() { }.getType();
    private static final Type ALIAS_LIST = new TypeToken<List<AgentAlias>>() { }.getType();
    private static final String COMPLETION_OPERATION = "invoke_agent";

    static final Operation<AgentCreationRequest, Agent> CREATE = Operation
            .<AgentCreationRequest, Agent>post("agents.create", AGENTS, Agent.class)
            .jsonBody(AgentCreationRequest::model).build();
    static final Operation<AgentListRequest, AgentListPage> LIST = Operation
            .<AgentListRequest, AgentListPage>get("agents.list_pages", PAGES, AgentListPage.class)
            .encode((request, call) -> {
                if (CallSpec.requireRequest(request).page() != null) {
                    throw new ValidationException("page", "list() pages by cursor: start from a pageToken, or use "
                            + "listByPageNumber()");
                }
                filters(request, call).query("page_token", request.pageToken());
            }).build();
    static final Operation<AgentListRequest, List<Agent>> LIST_BY_NUMBER = Operation
            .<AgentListRequest, List<Agent>>get("agents.list", AGENTS, AGENT_LIST)
            .encode((request, call) -> {
                if (CallSpec.requireRequest(request).pageToken() != null) {
                    throw new ValidationException("pageToken", "listByPageNumber() pages by number: start from a "
                            + "page, or use list()");
                }
                filters(request, call.query("page", request.page()));
            }).build();
    static final Operation<OnId<String>, Agent> GET = Operation
            .<OnId<String>, Agent>get("agents.get", AGENT, Agent.class)
            .encode((ask, call) -> {
                call.path("agentId", ask.id());
                if (ask.arg() != null && ask.arg().isBlank()) {
                    throw new ValidationException("agentVersion", "must be a version number or an alias, or null");
                }
                call.query("agent_version", ask.arg());
            }).build();
    static final Operation<OnId<AgentUpdateRequest>, Agent> UPDATE = Operation
            .<OnId<AgentUpdateRequest>, Agent>patch("agents.update", AGENT, Agent.class)
            .encode((ask, call) -> call.path("agentId", ask.id()).json(ask.arg()).model(ask.arg().model())).build();
    static final Operation<String, Void> DELETE = Operation
            .<String, Void>delete("agents.delete", AGENT, Void.class).pathId("agentId").build();
    static final Operation<OnId<Integer>, Agent> SWITCH_VERSION = Operation
            .<OnId<Integer>, Agent>patch("agents.update_version", AGENT + "/version", Agent.class)
            .encode((ask, call) -> call.path("agentId", ask.id())
                    .query("version", AgentPaths.requireVersion(ask.arg()))).build();
    static final Operation<OnId<AgentVersionListRequest>, List<Agent>> LIST_VERSIONS = Operation
            .<OnId<AgentVersionListRequest>, List<Agent>>get("agents.list_versions", VERSIONS, AGENT_LIST)
            .encode((ask, call) -> {
                call.path("agentId", ask.id());
                AgentVersionListRequest request = CallSpec.requireRequest(ask.arg());
                call.request(request).query("page", request.page()).query("page_size", request.pageSize());
            }).build();
    static final Operation<OnId<Integer>, Agent> GET_VERSION = Operation
            .<OnId<Integer>, Agent>get("agents.get_version", VERSIONS + "/{version}", Agent.class)
            .encode((ask, call) -> call.path("version", Integer.toString(AgentPaths.requireVersion(ask.arg())))
                    .path("agentId", ask.id())).build();
    static final Operation<AliasAsk, AgentAlias> PUT_ALIAS = Operation
            .<AliasAsk, AgentAlias>put("agents.create_or_update_alias", ALIASES, AgentAlias.class)
            .encode((ask, call) -> call.path("agentId", ask.agentId())
                    .query("alias", AgentPaths.requireAlias(ask.alias()))
                    .query("version", AgentPaths.requireVersion(ask.version()))).build();
    static final Operation<String, List<AgentAlias>> LIST_ALIASES = Operation
            .<String, List<AgentAlias>>get("agents.list_version_aliases", ALIASES, ALIAS_LIST)
            .pathId("agentId").build();
    static final Operation<OnId<String>, Void> DELETE_ALIAS = Operation
            .<OnId<String>, Void>delete("agents.delete_alias", ALIASES, Void.class)
            .encode((ask, call) -> call.path("agentId", ask.id()).query("alias", AgentPaths.requireAlias(ask.arg())))
            .build();
    static final Operation<AgentsCompletionRequest, ChatCompletionResponse> COMPLETE = Operation
            .<AgentsCompletionRequest, ChatCompletionResponse>post(COMPLETION_OPERATION, COMPLETIONS,
                    ChatCompletionResponse.class)
            .safeToRepeat().usage(ChatCompletionResponse::usage).jsonBody().build();
    static final Operation<AgentsCompletionRequest, ChatCompletionResponse> STREAM = Operation
            .<AgentsCompletionRequest, ChatCompletionResponse>post(COMPLETION_OPERATION, COMPLETIONS,
                    ChatCompletionResponse.class)
            .safeToRepeat().streaming().jsonBody().build();

    private static final CursorPaging<AgentListRequest, AgentListPage, Agent> CURSOR = new CursorPaging<>(
            AgentListPage::data, AgentListPage::nextPageToken,
            (request, token) -> request.toBuilder().pageToken(token).build());
    private static final Paging<AgentListRequest, List<Agent>, Agent> BY_NUMBER = numbered(
            AgentListRequest::page, AgentListRequest::pageSize,
            (request, page) -> request.toBuilder().page(page).build());
    private static final Paging<OnId<AgentVersionListRequest>, List<Agent>, Agent> VERSION_PAGES = numbered(
            ask -> ask.arg().page(), ask -> ask.arg().pageSize(),
            (ask, page) -> new OnId<>(ask.id(), new AgentVersionListRequest(page, ask.arg().pageSize())));

    /** The arguments of an alias put. */
    record AliasAsk(String agentId, String alias, int version) {
    }

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultAgentsService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultAgentsService(Operations operations) {
        this.operations = operations;
    }

    @Override
    @Deprecated
    public Page<Agent> listByPageNumber(AgentListRequest request) {
        return operations.page(LIST_BY_NUMBER, request, BY_NUMBER);
    }

    @Override
    @Deprecated
    public CompletableFuture<Page<Agent>> listByPageNumberAsync(AgentListRequest request) {
        return operations.pageAsync(LIST_BY_NUMBER, request, BY_NUMBER);
    }

    @Override
    public ChatCompletionStream stream(AgentsCompletionRequest request) {
        return DefaultChatCompletionStream.open(operations.executor(), operations.call(STREAM, request));
    }

    @Override
    public Flow.Publisher<CompletionChunk> streamPublisher(AgentsCompletionRequest request) {
        CallSpec.requireRequest(request);
        return new EventStreamPublisher<>(() -> stream(request), operations.executor().asyncExecutor());
    }

    @Override
    public AgentsService withOptions(RequestOptions options) {
        return new DefaultAgentsService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** The filters both listings share, in the spec's order; null values are not sent. */
    private static CallSpec filters(AgentListRequest request, CallSpec call) {
        return call.request(request)
                .query("page_size", request.pageSize())
                .query("deployment_chat", request.deploymentChat())
                .query("name", request.name())
                .query("search", request.search())
                .query("id", request.id())
                .queryJson("metadata", request.metadata())
                .queryEach("sources", request.sources() == null ? null
                        : request.sources().stream().map(OpenEnum::value).toList());
    }

    /**
     * The page-numbered agent listings answer a bare array without a total, and both the page and
     * its size may be left to the server: a page is the last when it is empty or shorter than the
     * size asked for (any non-empty page when no size was asked for).
     */
    private static <I> Paging<I, List<Agent>, Agent> numbered(Function<I, Integer> page, Function<I, Integer> size,
                                                             BiFunction<I, Integer, I> withPage) {
        return Paging.of(Function.identity(), agents -> null,
                request -> page.apply(request) == null ? 0 : page.apply(request),
                request -> size.apply(request) == null ? 1 : size.apply(request), withPage);
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<Agent> create(AgentCreationRequest request) {
            return operations.raw(CREATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> createAsync(AgentCreationRequest request) {
            return operations.rawAsync(CREATE, request);
        }

        @Override
        public ApiResponse<Page<Agent>> list(AgentListRequest request) {
            return operations.rawPage(LIST, request, CURSOR);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Agent>>> listAsync(AgentListRequest request) {
            return operations.rawPageAsync(LIST, request, CURSOR);
        }

        @Override
        @Deprecated
        public ApiResponse<Page<Agent>> listByPageNumber(AgentListRequest request) {
            return operations.rawPage(LIST_BY_NUMBER, request, BY_NUMBER);
        }

        @Override
        @Deprecated
        public CompletableFuture<ApiResponse<Page<Agent>>> listByPageNumberAsync(AgentListRequest request) {
            return operations.rawPageAsync(LIST_BY_NUMBER, request, BY_NUMBER);
        }

        @Override
        public ApiResponse<Agent> get(String agentId, String agentVersion) {
            return operations.raw(GET, new OnId<>(agentId, agentVersion));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> getAsync(String agentId, String agentVersion) {
            return operations.rawAsync(GET, new OnId<>(agentId, agentVersion));
        }

        @Override
        public ApiResponse<Agent> update(String agentId, AgentUpdateRequest request) {
            return operations.raw(UPDATE, new OnId<>(agentId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> updateAsync(String agentId, AgentUpdateRequest request) {
            return operations.rawAsync(UPDATE, new OnId<>(agentId, request));
        }

        @Override
        public ApiResponse<Void> delete(String agentId) {
            return operations.raw(DELETE, agentId);
        }

        @Override
        public CompletableFuture<ApiResponse<Void>> deleteAsync(String agentId) {
            return operations.rawAsync(DELETE, agentId);
        }

        @Override
        public ApiResponse<Agent> switchVersion(String agentId, int version) {
            return operations.raw(SWITCH_VERSION, new OnId<>(agentId, version));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> switchVersionAsync(String agentId, int version) {
            return operations.rawAsync(SWITCH_VERSION, new OnId<>(agentId, version));
        }

        @Override
        public ApiResponse<Page<Agent>> listVersions(String agentId, AgentVersionListRequest request) {
            return operations.rawPage(LIST_VERSIONS, new OnId<>(agentId, request), VERSION_PAGES);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Agent>>> listVersionsAsync(String agentId,
                                                                             AgentVersionListRequest request) {
            return operations.rawPageAsync(LIST_VERSIONS, new OnId<>(agentId, request), VERSION_PAGES);
        }

        @Override
        public ApiResponse<Agent> getVersion(String agentId, int version) {
            return operations.raw(GET_VERSION, new OnId<>(agentId, version));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> getVersionAsync(String agentId, int version) {
            return operations.rawAsync(GET_VERSION, new OnId<>(agentId, version));
        }

        @Override
        public ApiResponse<AgentAlias> createOrUpdateAlias(String agentId, String alias, int version) {
            return operations.raw(PUT_ALIAS, new AliasAsk(agentId, alias, version));
        }

        @Override
        public CompletableFuture<ApiResponse<AgentAlias>> createOrUpdateAliasAsync(String agentId, String alias,
                                                                                   int version) {
            return operations.rawAsync(PUT_ALIAS, new AliasAsk(agentId, alias, version));
        }

        @Override
        public ApiResponse<List<AgentAlias>> listAliases(String agentId) {
            return operations.raw(LIST_ALIASES, agentId);
        }

        @Override
        public CompletableFuture<ApiResponse<List<AgentAlias>>> listAliasesAsync(String agentId) {
            return operations.rawAsync(LIST_ALIASES, agentId);
        }

        @Override
        public ApiResponse<Void> deleteAlias(String agentId, String alias) {
            return operations.raw(DELETE_ALIAS, new OnId<>(agentId, alias));
        }

        @Override
        public CompletableFuture<ApiResponse<Void>> deleteAliasAsync(String agentId, String alias) {
            return operations.rawAsync(DELETE_ALIAS, new OnId<>(agentId, alias));
        }

        @Override
        public ApiResponse<ChatCompletionResponse> complete(AgentsCompletionRequest request) {
            return operations.raw(COMPLETE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(AgentsCompletionRequest request) {
            return operations.rawAsync(COMPLETE, request);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultAgentsService.this.withOptions(options).withRawResponse();
        }
    }
}
