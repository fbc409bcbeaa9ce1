package io.mistral4j.impl.agents;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
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
import io.mistral4j.chat.Usage;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.chat.DefaultChatCompletionStream;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.stream.EventStreamPublisher;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link AgentsService} over {@code /v1/agents} and {@code POST /v1/agents/completions}. */
public final class DefaultAgentsService implements AgentsService {

    private static final Type AGENT_LIST = new TypeToken<List<Agent>>() { }.getType();
    private static final Type ALIAS_LIST = new TypeToken<List<AgentAlias>>() { }.getType();
    private static final String COMPLETION_OPERATION = "invoke_agent";
    private static final JsonObject STREAM_FIELD = streamField();

    private final CallExecutor executor;
    private final Raw raw = new Raw();

    public DefaultAgentsService(CallExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Agent create(AgentCreationRequest request, RequestOptions options) {
        return raw.create(request, options).value();
    }

    @Override
    public CompletableFuture<Agent> createAsync(AgentCreationRequest request, RequestOptions options) {
        return raw.createAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public Page<Agent> list(AgentListRequest request, RequestOptions options) {
        return raw.list(request, options).value();
    }

    @Override
    public CompletableFuture<Page<Agent>> listAsync(AgentListRequest request, RequestOptions options) {
        return raw.listAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    @Deprecated
    public Page<Agent> listByPageNumber(AgentListRequest request, RequestOptions options) {
        return raw.listByPageNumber(request, options).value();
    }

    @Override
    @Deprecated
    public CompletableFuture<Page<Agent>> listByPageNumberAsync(AgentListRequest request, RequestOptions options) {
        return raw.listByPageNumberAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public Agent get(String agentId, String agentVersion, RequestOptions options) {
        return raw.get(agentId, agentVersion, options).value();
    }

    @Override
    public CompletableFuture<Agent> getAsync(String agentId, String agentVersion, RequestOptions options) {
        return raw.getAsync(agentId, agentVersion, options).thenApply(ApiResponse::value);
    }

    @Override
    public Agent update(String agentId, AgentUpdateRequest request, RequestOptions options) {
        return raw.update(agentId, request, options).value();
    }

    @Override
    public CompletableFuture<Agent> updateAsync(String agentId, AgentUpdateRequest request, RequestOptions options) {
        return raw.updateAsync(agentId, request, options).thenApply(ApiResponse::value);
    }

    @Override
    public void delete(String agentId, RequestOptions options) {
        raw.delete(agentId, options);
    }

    @Override
    public CompletableFuture<Void> deleteAsync(String agentId, RequestOptions options) {
        return raw.deleteAsync(agentId, options).thenApply(ApiResponse::value);
    }

    @Override
    public Agent switchVersion(String agentId, int version, RequestOptions options) {
        return raw.switchVersion(agentId, version, options).value();
    }

    @Override
    public CompletableFuture<Agent> switchVersionAsync(String agentId, int version, RequestOptions options) {
        return raw.switchVersionAsync(agentId, version, options).thenApply(ApiResponse::value);
    }

    @Override
    public Page<Agent> listVersions(String agentId, AgentVersionListRequest request, RequestOptions options) {
        return raw.listVersions(agentId, request, options).value();
    }

    @Override
    public CompletableFuture<Page<Agent>> listVersionsAsync(String agentId, AgentVersionListRequest request,
                                                            RequestOptions options) {
        return raw.listVersionsAsync(agentId, request, options).thenApply(ApiResponse::value);
    }

    @Override
    public Agent getVersion(String agentId, int version, RequestOptions options) {
        return raw.getVersion(agentId, version, options).value();
    }

    @Override
    public CompletableFuture<Agent> getVersionAsync(String agentId, int version, RequestOptions options) {
        return raw.getVersionAsync(agentId, version, options).thenApply(ApiResponse::value);
    }

    @Override
    public AgentAlias createOrUpdateAlias(String agentId, String alias, int version, RequestOptions options) {
        return raw.createOrUpdateAlias(agentId, alias, version, options).value();
    }

    @Override
    public CompletableFuture<AgentAlias> createOrUpdateAliasAsync(String agentId, String alias, int version,
                                                                  RequestOptions options) {
        return raw.createOrUpdateAliasAsync(agentId, alias, version, options).thenApply(ApiResponse::value);
    }

    @Override
    public List<AgentAlias> listAliases(String agentId, RequestOptions options) {
        return raw.listAliases(agentId, options).value();
    }

    @Override
    public CompletableFuture<List<AgentAlias>> listAliasesAsync(String agentId, RequestOptions options) {
        return raw.listAliasesAsync(agentId, options).thenApply(ApiResponse::value);
    }

    @Override
    public void deleteAlias(String agentId, String alias, RequestOptions options) {
        raw.deleteAlias(agentId, alias, options);
    }

    @Override
    public CompletableFuture<Void> deleteAliasAsync(String agentId, String alias, RequestOptions options) {
        return raw.deleteAliasAsync(agentId, alias, options).thenApply(ApiResponse::value);
    }

    @Override
    public ChatCompletionResponse complete(AgentsCompletionRequest request, RequestOptions options) {
        return raw.complete(request, options).value();
    }

    @Override
    public CompletableFuture<ChatCompletionResponse> completeAsync(AgentsCompletionRequest request,
                                                                  RequestOptions options) {
        return raw.completeAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ChatCompletionStream stream(AgentsCompletionRequest request, RequestOptions options) {
        return DefaultChatCompletionStream.open(executor, completionCall(request, true, options));
    }

    @Override
    public Flow.Publisher<CompletionChunk> streamPublisher(AgentsCompletionRequest request, RequestOptions options) {
        require(request, "request");
        return new EventStreamPublisher<>(() -> stream(request, options), executor.asyncExecutor());
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    // --- how each operation goes on the wire ------------------------------------------------------

    /**
     * An operation ready to send: the call, the JSON type of its answer, what the caller gets
     * from it, and the token usage it reports (null for none).
     */
    private record Prepared<W, T>(ApiCall call, Type wireType, Function<W, T> finish, Function<W, Usage> usage) {
        Prepared(ApiCall call, Type wireType, Function<W, T> finish) {
            this(call, wireType, finish, null);
        }
    }

    private static <T> Prepared<T, T> plain(ApiCall call, Type wireType) {
        return new Prepared<>(call, wireType, Function.identity());
    }

    private Prepared<Agent, Agent> prepareCreate(AgentCreationRequest request, RequestOptions options) {
        require(request, "request");
        return plain(new ApiCall("agents.create", request.model(), "POST", AgentPaths.AGENTS, null, json(request),
                false, request, options), Agent.class);
    }

    private Prepared<AgentListPage, Page<Agent>> prepareList(AgentListRequest request, RequestOptions options) {
        require(request, "request");
        if (request.page() != null) {
            throw new ValidationException("page", "list() pages by cursor: start from a pageToken, or use "
                    + "listByPageNumber()");
        }
        Map<String, String> query = filters(request);
        query.put("page_token", request.pageToken());
        ApiCall call = new ApiCall("agents.list_pages", null, "GET", withSources(AgentPaths.PAGES, request), query,
                null, false, request, options);
        return new Prepared<>(call, AgentListPage.class, page -> {
            String token = page.nextPageToken();
            boolean more = token != null && !token.isBlank() && !page.data().isEmpty();
            return Page.of(page.data(), null,
                    more ? () -> list(request.toBuilder().pageToken(token).build(), options) : null);
        });
    }

    private Prepared<List<Agent>, Page<Agent>> prepareListByNumber(AgentListRequest request,
                                                                   RequestOptions options) {
        require(request, "request");
        if (request.pageToken() != null) {
            throw new ValidationException("pageToken", "listByPageNumber() pages by number: start from a page, or "
                    + "use list()");
        }
        int page = request.page() == null ? 0 : request.page();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("page", request.page() == null ? null : Integer.toString(page));
        query.putAll(filters(request));
        ApiCall call = new ApiCall("agents.list", null, "GET", withSources(AgentPaths.AGENTS, request), query, null,
                false, request, options);
        return new Prepared<>(call, AGENT_LIST, agents -> Page.of(agents, null,
                hasMore(agents, request.pageSize())
                        ? () -> raw.listByPageNumber(request.toBuilder().page(page + 1).build(), options).value()
                        : null));
    }

    private Prepared<Agent, Agent> prepareGet(String agentId, String agentVersion, RequestOptions options) {
        String path = AgentPaths.agent(agentId);
        if (agentVersion != null && agentVersion.isBlank()) {
            throw new ValidationException("agentVersion", "must be a version number or an alias, or null");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("agent_version", agentVersion);
        return plain(new ApiCall("agents.get", null, "GET", path, query, null, false, null, options), Agent.class);
    }

    private Prepared<Agent, Agent> prepareUpdate(String agentId, AgentUpdateRequest request, RequestOptions options) {
        String path = AgentPaths.agent(agentId);
        require(request, "request");
        return plain(new ApiCall("agents.update", request.model(), "PATCH", path, null, json(request), false,
                request, options), Agent.class);
    }

    private Prepared<Void, Void> prepareDelete(String agentId, RequestOptions options) {
        return plain(new ApiCall("agents.delete", null, "DELETE", AgentPaths.agent(agentId), null, null, false, null,
                options), Void.class);
    }

    private Prepared<Agent, Agent> prepareSwitchVersion(String agentId, int version, RequestOptions options) {
        String path = AgentPaths.agent(agentId, "version");
        AgentPaths.requireVersion(version);
        return plain(new ApiCall("agents.update_version", null, "PATCH", path,
                Map.of("version", Integer.toString(version)), null, false, null, options), Agent.class);
    }

    private Prepared<List<Agent>, Page<Agent>> prepareListVersions(String agentId, AgentVersionListRequest request,
                                                                   RequestOptions options) {
        String path = AgentPaths.agent(agentId, "versions");
        require(request, "request");
        int page = request.page() == null ? 0 : request.page();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("page", request.page() == null ? null : Integer.toString(page));
        query.put("page_size", request.pageSize() == null ? null : Integer.toString(request.pageSize()));
        ApiCall call = new ApiCall("agents.list_versions", null, "GET", path, query, null, false, request, options);
        return new Prepared<>(call, AGENT_LIST, agents -> Page.of(agents, null,
                hasMore(agents, request.pageSize())
                        ? () -> listVersions(agentId, new AgentVersionListRequest(page + 1, request.pageSize()),
                                options)
                        : null));
    }

    private Prepared<Agent, Agent> prepareGetVersion(String agentId, int version, RequestOptions options) {
        AgentPaths.requireVersion(version);
        return plain(new ApiCall("agents.get_version", null, "GET",
                AgentPaths.agent(agentId, "versions", Integer.toString(version)), null, null, false, null, options),
                Agent.class);
    }

    private Prepared<AgentAlias, AgentAlias> prepareCreateOrUpdateAlias(String agentId, String alias, int version,
                                                                        RequestOptions options) {
        String path = AgentPaths.agent(agentId, "aliases");
        AgentPaths.requireAlias(alias);
        AgentPaths.requireVersion(version);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("alias", alias);
        query.put("version", Integer.toString(version));
        return plain(new ApiCall("agents.create_or_update_alias", null, "PUT", path, query, null, false, null,
                options), AgentAlias.class);
    }

    private Prepared<List<AgentAlias>, List<AgentAlias>> prepareListAliases(String agentId, RequestOptions options) {
        return plain(new ApiCall("agents.list_version_aliases", null, "GET", AgentPaths.agent(agentId, "aliases"),
                null, null, false, null, options), ALIAS_LIST);
    }

    private Prepared<Void, Void> prepareDeleteAlias(String agentId, String alias, RequestOptions options) {
        String path = AgentPaths.agent(agentId, "aliases");
        AgentPaths.requireAlias(alias);
        return plain(new ApiCall("agents.delete_alias", null, "DELETE", path, Map.of("alias", alias), null, false,
                null, options), Void.class);
    }

    private ApiCall completionCall(AgentsCompletionRequest request, boolean streaming, RequestOptions options) {
        require(request, "request");
        byte[] body = streaming ? executor.codec().toJsonBytes(request, STREAM_FIELD)
                : executor.codec().toJsonBytes(request);
        return new ApiCall(COMPLETION_OPERATION, null, "POST", AgentPaths.COMPLETIONS, null,
                RequestBody.ofBytes(body, "application/json"), streaming, request, options);
    }

    private Prepared<ChatCompletionResponse, ChatCompletionResponse> prepareComplete(AgentsCompletionRequest request,
                                                                                     RequestOptions options) {
        return new Prepared<>(completionCall(request, false, options), ChatCompletionResponse.class,
                Function.identity(), ChatCompletionResponse::usage);
    }

    // --- sending --------------------------------------------------------------------------------

    private <W, T> ApiResponse<T> send(Prepared<W, T> prepared) {
        ApiResponse<W> response = executor.execute(prepared.call(), prepared.wireType(), prepared.usage());
        return withValue(response, prepared.finish().apply(response.value()));
    }

    /** Preparation failures (bad arguments) fail the future rather than throw, like the call itself would. */
    private <W, T> CompletableFuture<ApiResponse<T>> sendAsync(Supplier<Prepared<W, T>> preparation) {
        Prepared<W, T> prepared;
        try {
            prepared = preparation.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return executor.<W>executeAsync(prepared.call(), prepared.wireType(), prepared.usage())
                .thenApply(response -> withValue(response, prepared.finish().apply(response.value())));
    }

    private static <W, T> ApiResponse<T> withValue(ApiResponse<W> response, T value) {
        return new ApiResponse<>(response.statusCode(), response.headers(), response.rawBody(), value);
    }

    private RequestBody json(Object request) {
        return RequestBody.ofBytes(executor.codec().toJsonBytes(request), "application/json");
    }

    /** The single-valued filters shared by both listings, in the spec's order; null values are not sent. */
    private Map<String, String> filters(AgentListRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("page_size", request.pageSize() == null ? null : Integer.toString(request.pageSize()));
        query.put("deployment_chat", request.deploymentChat() == null ? null : request.deploymentChat().toString());
        query.put("name", request.name());
        query.put("search", request.search());
        query.put("id", request.id());
        // The spec sends metadata as JSON inside the query string.
        query.put("metadata", request.metadata() == null ? null : executor.codec().toJson(request.metadata()));
        return query;
    }

    private static String withSources(String path, AgentListRequest request) {
        return request.sources() == null ? path
                : AgentPaths.withRepeated(path, "sources", request.sources().stream().map(OpenEnum::value).toList());
    }

    /** Without a total, a page is the last when it is empty or shorter than the page size asked for. */
    private static boolean hasMore(List<?> items, Integer pageSize) {
        return !items.isEmpty() && (pageSize == null || items.size() >= pageSize);
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new ValidationException(name, "must not be null");
        }
    }

    private static JsonObject streamField() {
        JsonObject field = new JsonObject();
        field.add("stream", new JsonPrimitive(true));
        return field;
    }

    /** The operations with their HTTP answers; the service's plain methods unwrap these. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<Agent> create(AgentCreationRequest request, RequestOptions options) {
            return send(prepareCreate(request, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> createAsync(AgentCreationRequest request,
                                                                 RequestOptions options) {
            return sendAsync(() -> prepareCreate(request, options));
        }

        @Override
        public ApiResponse<Page<Agent>> list(AgentListRequest request, RequestOptions options) {
            return send(prepareList(request, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Agent>>> listAsync(AgentListRequest request,
                                                                     RequestOptions options) {
            return sendAsync(() -> prepareList(request, options));
        }

        @Override
        @Deprecated
        public ApiResponse<Page<Agent>> listByPageNumber(AgentListRequest request, RequestOptions options) {
            return send(prepareListByNumber(request, options));
        }

        @Override
        @Deprecated
        public CompletableFuture<ApiResponse<Page<Agent>>> listByPageNumberAsync(AgentListRequest request,
                                                                                 RequestOptions options) {
            return sendAsync(() -> prepareListByNumber(request, options));
        }

        @Override
        public ApiResponse<Agent> get(String agentId, String agentVersion, RequestOptions options) {
            return send(prepareGet(agentId, agentVersion, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> getAsync(String agentId, String agentVersion,
                                                              RequestOptions options) {
            return sendAsync(() -> prepareGet(agentId, agentVersion, options));
        }

        @Override
        public ApiResponse<Agent> update(String agentId, AgentUpdateRequest request, RequestOptions options) {
            return send(prepareUpdate(agentId, request, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> updateAsync(String agentId, AgentUpdateRequest request,
                                                                 RequestOptions options) {
            return sendAsync(() -> prepareUpdate(agentId, request, options));
        }

        @Override
        public ApiResponse<Void> delete(String agentId, RequestOptions options) {
            return send(prepareDelete(agentId, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Void>> deleteAsync(String agentId, RequestOptions options) {
            return sendAsync(() -> prepareDelete(agentId, options));
        }

        @Override
        public ApiResponse<Agent> switchVersion(String agentId, int version, RequestOptions options) {
            return send(prepareSwitchVersion(agentId, version, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> switchVersionAsync(String agentId, int version,
                                                                        RequestOptions options) {
            return sendAsync(() -> prepareSwitchVersion(agentId, version, options));
        }

        @Override
        public ApiResponse<Page<Agent>> listVersions(String agentId, AgentVersionListRequest request,
                                                     RequestOptions options) {
            return send(prepareListVersions(agentId, request, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Agent>>> listVersionsAsync(String agentId,
                                                                             AgentVersionListRequest request,
                                                                             RequestOptions options) {
            return sendAsync(() -> prepareListVersions(agentId, request, options));
        }

        @Override
        public ApiResponse<Agent> getVersion(String agentId, int version, RequestOptions options) {
            return send(prepareGetVersion(agentId, version, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Agent>> getVersionAsync(String agentId, int version,
                                                                     RequestOptions options) {
            return sendAsync(() -> prepareGetVersion(agentId, version, options));
        }

        @Override
        public ApiResponse<AgentAlias> createOrUpdateAlias(String agentId, String alias, int version,
                                                           RequestOptions options) {
            return send(prepareCreateOrUpdateAlias(agentId, alias, version, options));
        }

        @Override
        public CompletableFuture<ApiResponse<AgentAlias>> createOrUpdateAliasAsync(String agentId, String alias,
                                                                                   int version,
                                                                                   RequestOptions options) {
            return sendAsync(() -> prepareCreateOrUpdateAlias(agentId, alias, version, options));
        }

        @Override
        public ApiResponse<List<AgentAlias>> listAliases(String agentId, RequestOptions options) {
            return send(prepareListAliases(agentId, options));
        }

        @Override
        public CompletableFuture<ApiResponse<List<AgentAlias>>> listAliasesAsync(String agentId,
                                                                                 RequestOptions options) {
            return sendAsync(() -> prepareListAliases(agentId, options));
        }

        @Override
        public ApiResponse<Void> deleteAlias(String agentId, String alias, RequestOptions options) {
            return send(prepareDeleteAlias(agentId, alias, options));
        }

        @Override
        public CompletableFuture<ApiResponse<Void>> deleteAliasAsync(String agentId, String alias,
                                                                     RequestOptions options) {
            return sendAsync(() -> prepareDeleteAlias(agentId, alias, options));
        }

        @Override
        public ApiResponse<ChatCompletionResponse> complete(AgentsCompletionRequest request, RequestOptions options) {
            return send(prepareComplete(request, options));
        }

        @Override
        public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(AgentsCompletionRequest request,
                                                                                    RequestOptions options) {
            return sendAsync(() -> prepareComplete(request, options));
        }
    }
}
