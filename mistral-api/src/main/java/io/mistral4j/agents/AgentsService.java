package io.mistral4j.agents;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.pagination.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Agents ({@code /v1/agents}): create, list, read, update (each update makes a new version) and
 * delete agents, switch between their versions, name versions with aliases, and have an agent
 * answer a conversation ({@code POST /v1/agents/completions}) plainly or streamed.
 *
 * <pre>{@code
 * Agent agent = client.agents().create(AgentCreationRequest.builder()
 *         .model("mistral-medium-latest").name("pirate")
 *         .instructions("Answer like a pirate.")
 *         .build());
 * ChatCompletionResponse answer = client.agents().complete(AgentsCompletionRequest.builder()
 *         .agentId(agent.id()).addUserMessage("Who painted the Mona Lisa?").build());
 * }</pre>
 *
 * <p>Every operation has a variant taking {@link RequestOptions}, an asynchronous variant, and a
 * variant returning the raw HTTP answer through {@link #withRawResponse()}. List operations return
 * a {@link Page} whose {@link Page#autoPager()} fetches the following pages lazily. Retries
 * protect a stream only until its first event.
 */
public interface AgentsService {

    // --- agents -------------------------------------------------------------------------------

    /** Creates an agent at version 0. */
    Agent create(AgentCreationRequest request, RequestOptions options);

    default Agent create(AgentCreationRequest request) {
        return create(request, RequestOptions.none());
    }

    CompletableFuture<Agent> createAsync(AgentCreationRequest request, RequestOptions options);

    default CompletableFuture<Agent> createAsync(AgentCreationRequest request) {
        return createAsync(request, RequestOptions.none());
    }

    /**
     * Lists agents, newest first, paged by cursor ({@code GET /v1/agents/pages}): the page's
     * {@code nextPage()} and {@code autoPager()} follow the server's {@code next_page_token}.
     */
    Page<Agent> list(AgentListRequest request, RequestOptions options);

    default Page<Agent> list(AgentListRequest request) {
        return list(request, RequestOptions.none());
    }

    /** Every agent, fetched page by page as iteration reaches them. */
    default Page<Agent> list() {
        return list(AgentListRequest.all());
    }

    CompletableFuture<Page<Agent>> listAsync(AgentListRequest request, RequestOptions options);

    default CompletableFuture<Page<Agent>> listAsync(AgentListRequest request) {
        return listAsync(request, RequestOptions.none());
    }

    /**
     * Lists agents paged by page number ({@code GET /v1/agents}), starting at the request's
     * {@code page}. The API deprecates this listing (it ignores agent sharing); use {@link #list}.
     */
    @Deprecated
    Page<Agent> listByPageNumber(AgentListRequest request, RequestOptions options);

    /** See {@link #listByPageNumber(AgentListRequest, RequestOptions)}. */
    @Deprecated
    default Page<Agent> listByPageNumber(AgentListRequest request) {
        return listByPageNumber(request, RequestOptions.none());
    }

    /** See {@link #listByPageNumber(AgentListRequest, RequestOptions)}. */
    @Deprecated
    CompletableFuture<Page<Agent>> listByPageNumberAsync(AgentListRequest request, RequestOptions options);

    /**
     * An agent at its current version, or at {@code agentVersion}: a version number such as
     * {@code "2"} or an alias such as {@code "production"}; null for the current version.
     */
    Agent get(String agentId, String agentVersion, RequestOptions options);

    /** An agent at its current version. */
    default Agent get(String agentId) {
        return get(agentId, null, RequestOptions.none());
    }

    /** An agent at a version number or alias. */
    default Agent get(String agentId, String agentVersion) {
        return get(agentId, agentVersion, RequestOptions.none());
    }

    /** An agent at a version number. */
    default Agent get(String agentId, int version) {
        return get(agentId, Integer.toString(version), RequestOptions.none());
    }

    CompletableFuture<Agent> getAsync(String agentId, String agentVersion, RequestOptions options);

    default CompletableFuture<Agent> getAsync(String agentId) {
        return getAsync(agentId, null, RequestOptions.none());
    }

    /** Changes an agent; the result is the new version the change made. */
    Agent update(String agentId, AgentUpdateRequest request, RequestOptions options);

    default Agent update(String agentId, AgentUpdateRequest request) {
        return update(agentId, request, RequestOptions.none());
    }

    CompletableFuture<Agent> updateAsync(String agentId, AgentUpdateRequest request, RequestOptions options);

    default CompletableFuture<Agent> updateAsync(String agentId, AgentUpdateRequest request) {
        return updateAsync(agentId, request, RequestOptions.none());
    }

    /** Deletes an agent with all its versions and aliases. */
    void delete(String agentId, RequestOptions options);

    default void delete(String agentId) {
        delete(agentId, RequestOptions.none());
    }

    CompletableFuture<Void> deleteAsync(String agentId, RequestOptions options);

    default CompletableFuture<Void> deleteAsync(String agentId) {
        return deleteAsync(agentId, RequestOptions.none());
    }

    // --- versions and aliases -----------------------------------------------------------------

    /** Makes {@code version} the agent's current version ({@code PATCH /v1/agents/{agent_id}/version}). */
    Agent switchVersion(String agentId, int version, RequestOptions options);

    default Agent switchVersion(String agentId, int version) {
        return switchVersion(agentId, version, RequestOptions.none());
    }

    CompletableFuture<Agent> switchVersionAsync(String agentId, int version, RequestOptions options);

    default CompletableFuture<Agent> switchVersionAsync(String agentId, int version) {
        return switchVersionAsync(agentId, version, RequestOptions.none());
    }

    /** The agent as it is at each of its versions, paged by page number. */
    Page<Agent> listVersions(String agentId, AgentVersionListRequest request, RequestOptions options);

    default Page<Agent> listVersions(String agentId, AgentVersionListRequest request) {
        return listVersions(agentId, request, RequestOptions.none());
    }

    default Page<Agent> listVersions(String agentId) {
        return listVersions(agentId, AgentVersionListRequest.all(), RequestOptions.none());
    }

    CompletableFuture<Page<Agent>> listVersionsAsync(String agentId, AgentVersionListRequest request,
                                                     RequestOptions options);

    default CompletableFuture<Page<Agent>> listVersionsAsync(String agentId) {
        return listVersionsAsync(agentId, AgentVersionListRequest.all(), RequestOptions.none());
    }

    /** The agent as it is at one version ({@code GET /v1/agents/{agent_id}/versions/{version}}). */
    Agent getVersion(String agentId, int version, RequestOptions options);

    default Agent getVersion(String agentId, int version) {
        return getVersion(agentId, version, RequestOptions.none());
    }

    CompletableFuture<Agent> getVersionAsync(String agentId, int version, RequestOptions options);

    default CompletableFuture<Agent> getVersionAsync(String agentId, int version) {
        return getVersionAsync(agentId, version, RequestOptions.none());
    }

    /** Points {@code alias} at {@code version}, creating the alias if needed. */
    AgentAlias createOrUpdateAlias(String agentId, String alias, int version, RequestOptions options);

    default AgentAlias createOrUpdateAlias(String agentId, String alias, int version) {
        return createOrUpdateAlias(agentId, alias, version, RequestOptions.none());
    }

    CompletableFuture<AgentAlias> createOrUpdateAliasAsync(String agentId, String alias, int version,
                                                           RequestOptions options);

    default CompletableFuture<AgentAlias> createOrUpdateAliasAsync(String agentId, String alias, int version) {
        return createOrUpdateAliasAsync(agentId, alias, version, RequestOptions.none());
    }

    /** Every alias of an agent. */
    List<AgentAlias> listAliases(String agentId, RequestOptions options);

    default List<AgentAlias> listAliases(String agentId) {
        return listAliases(agentId, RequestOptions.none());
    }

    CompletableFuture<List<AgentAlias>> listAliasesAsync(String agentId, RequestOptions options);

    default CompletableFuture<List<AgentAlias>> listAliasesAsync(String agentId) {
        return listAliasesAsync(agentId, RequestOptions.none());
    }

    void deleteAlias(String agentId, String alias, RequestOptions options);

    default void deleteAlias(String agentId, String alias) {
        deleteAlias(agentId, alias, RequestOptions.none());
    }

    CompletableFuture<Void> deleteAliasAsync(String agentId, String alias, RequestOptions options);

    default CompletableFuture<Void> deleteAliasAsync(String agentId, String alias) {
        return deleteAliasAsync(agentId, alias, RequestOptions.none());
    }

    // --- agent completions --------------------------------------------------------------------

    /** The agent's answer to the conversation. */
    ChatCompletionResponse complete(AgentsCompletionRequest request, RequestOptions options);

    default ChatCompletionResponse complete(AgentsCompletionRequest request) {
        return complete(request, RequestOptions.none());
    }

    CompletableFuture<ChatCompletionResponse> completeAsync(AgentsCompletionRequest request, RequestOptions options);

    default CompletableFuture<ChatCompletionResponse> completeAsync(AgentsCompletionRequest request) {
        return completeAsync(request, RequestOptions.none());
    }

    /** Streams the agent's answer, event by event as for chat; close the stream (try-with-resources). */
    ChatCompletionStream stream(AgentsCompletionRequest request, RequestOptions options);

    default ChatCompletionStream stream(AgentsCompletionRequest request) {
        return stream(request, RequestOptions.none());
    }

    /**
     * The streamed answer as a cold {@link Flow.Publisher}: each subscription makes one call,
     * events are read only as fast as the subscriber requests them, and cancelling releases
     * the connection.
     */
    Flow.Publisher<CompletionChunk> streamPublisher(AgentsCompletionRequest request, RequestOptions options);

    default Flow.Publisher<CompletionChunk> streamPublisher(AgentsCompletionRequest request) {
        return streamPublisher(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /**
     * Agents operations that also return the raw HTTP answer. A list's {@link ApiResponse}
     * describes its first page; the following pages are fetched as {@link Page}s do.
     */
    interface WithRawResponse {

        ApiResponse<Agent> create(AgentCreationRequest request, RequestOptions options);

        default ApiResponse<Agent> create(AgentCreationRequest request) {
            return create(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<Agent>> createAsync(AgentCreationRequest request, RequestOptions options);

        ApiResponse<Page<Agent>> list(AgentListRequest request, RequestOptions options);

        default ApiResponse<Page<Agent>> list(AgentListRequest request) {
            return list(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<Page<Agent>>> listAsync(AgentListRequest request, RequestOptions options);

        /** See {@link AgentsService#listByPageNumber(AgentListRequest, RequestOptions)}. */
        @Deprecated
        ApiResponse<Page<Agent>> listByPageNumber(AgentListRequest request, RequestOptions options);

        /** See {@link AgentsService#listByPageNumber(AgentListRequest, RequestOptions)}. */
        @Deprecated
        CompletableFuture<ApiResponse<Page<Agent>>> listByPageNumberAsync(AgentListRequest request,
                                                                          RequestOptions options);

        ApiResponse<Agent> get(String agentId, String agentVersion, RequestOptions options);

        default ApiResponse<Agent> get(String agentId) {
            return get(agentId, null, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<Agent>> getAsync(String agentId, String agentVersion, RequestOptions options);

        ApiResponse<Agent> update(String agentId, AgentUpdateRequest request, RequestOptions options);

        default ApiResponse<Agent> update(String agentId, AgentUpdateRequest request) {
            return update(agentId, request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<Agent>> updateAsync(String agentId, AgentUpdateRequest request,
                                                          RequestOptions options);

        /** The answer has no body: its value is null and its status 204. */
        ApiResponse<Void> delete(String agentId, RequestOptions options);

        default ApiResponse<Void> delete(String agentId) {
            return delete(agentId, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<Void>> deleteAsync(String agentId, RequestOptions options);

        ApiResponse<Agent> switchVersion(String agentId, int version, RequestOptions options);

        CompletableFuture<ApiResponse<Agent>> switchVersionAsync(String agentId, int version, RequestOptions options);

        ApiResponse<Page<Agent>> listVersions(String agentId, AgentVersionListRequest request,
                                              RequestOptions options);

        CompletableFuture<ApiResponse<Page<Agent>>> listVersionsAsync(String agentId, AgentVersionListRequest request,
                                                                      RequestOptions options);

        ApiResponse<Agent> getVersion(String agentId, int version, RequestOptions options);

        CompletableFuture<ApiResponse<Agent>> getVersionAsync(String agentId, int version, RequestOptions options);

        ApiResponse<AgentAlias> createOrUpdateAlias(String agentId, String alias, int version,
                                                    RequestOptions options);

        CompletableFuture<ApiResponse<AgentAlias>> createOrUpdateAliasAsync(String agentId, String alias, int version,
                                                                            RequestOptions options);

        ApiResponse<List<AgentAlias>> listAliases(String agentId, RequestOptions options);

        CompletableFuture<ApiResponse<List<AgentAlias>>> listAliasesAsync(String agentId, RequestOptions options);

        ApiResponse<Void> deleteAlias(String agentId, String alias, RequestOptions options);

        CompletableFuture<ApiResponse<Void>> deleteAliasAsync(String agentId, String alias, RequestOptions options);

        ApiResponse<ChatCompletionResponse> complete(AgentsCompletionRequest request, RequestOptions options);

        default ApiResponse<ChatCompletionResponse> complete(AgentsCompletionRequest request) {
            return complete(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(AgentsCompletionRequest request,
                                                                             RequestOptions options);
    }
}
