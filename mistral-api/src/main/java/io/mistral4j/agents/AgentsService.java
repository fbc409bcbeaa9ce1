package io.mistral4j.agents;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.StructuredResponse;
import io.mistral4j.chat.ResponseFormat;
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
 * <p>Every operation has an asynchronous variant and a variant returning the raw HTTP answer
 * through {@link #withRawResponse()}; settings for some calls only (a timeout, attempts, headers)
 * go through {@link #withOptions}. List operations return
 * a {@link Page} whose {@link Page#autoPager()} fetches the following pages lazily. Retries
 * protect a stream only until its first event.
 */
public interface AgentsService {

    // --- agents -------------------------------------------------------------------------------

    /** Creates an agent at version 0. */
    default Agent create(AgentCreationRequest request) {
        return withRawResponse().create(request).value();
    }

    /** Creates an agent without blocking; the future fails with the errors the blocking form throws. */
    default CompletableFuture<Agent> createAsync(AgentCreationRequest request) {
        return withRawResponse().createAsync(request).thenApply(ApiResponse::value);
    }

    /**
     * Lists agents, newest first, paged by cursor ({@code GET /v1/agents/pages}): the page's
     * {@code nextPage()} and {@code autoPager()} follow the server's {@code next_page_token}.
     */
    default Page<Agent> list(AgentListRequest request) {
        return withRawResponse().list(request).value();
    }

    /** Every agent, fetched page by page as iteration reaches them. */
    default Page<Agent> list() {
        return list(AgentListRequest.all());
    }

    /** Lists one page of agents without blocking; the future fails with the errors the blocking form throws. */
    default CompletableFuture<Page<Agent>> listAsync(AgentListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /**
     * Lists agents paged by page number ({@code GET /v1/agents}), starting at the request's
     * {@code page}. The API deprecates this listing (it ignores agent sharing); use {@link #list}.
     */
    @Deprecated
    Page<Agent> listByPageNumber(AgentListRequest request);

    /** See {@link #listByPageNumber(AgentListRequest)}. */
    @Deprecated
    CompletableFuture<Page<Agent>> listByPageNumberAsync(AgentListRequest request);

    /**
     * An agent at its current version, or at {@code agentVersion}: a version number such as
     * {@code "2"} or an alias such as {@code "production"}; null for the current version.
     */
    default Agent get(String agentId, String agentVersion) {
        return withRawResponse().get(agentId, agentVersion).value();
    }

    /** An agent at its current version. */
    default Agent get(String agentId) {
        return get(agentId, null);
    }

    /** An agent at a version number. */
    default Agent get(String agentId, int version) {
        return get(agentId, Integer.toString(version));
    }

    /** Fetches an agent without blocking; the future fails with the errors the blocking form throws. */
    default CompletableFuture<Agent> getAsync(String agentId, String agentVersion) {
        return withRawResponse().getAsync(agentId, agentVersion).thenApply(ApiResponse::value);
    }

    /** Fetches the agent at its current version without blocking. */
    default CompletableFuture<Agent> getAsync(String agentId) {
        return getAsync(agentId, null);
    }

    /** Changes an agent; the result is the new version the change made. */
    default Agent update(String agentId, AgentUpdateRequest request) {
        return withRawResponse().update(agentId, request).value();
    }

    /**
     * Updates an agent (which makes a new version) without blocking; the future fails with the
     * errors the blocking form throws.
     */
    default CompletableFuture<Agent> updateAsync(String agentId, AgentUpdateRequest request) {
        return withRawResponse().updateAsync(agentId, request).thenApply(ApiResponse::value);
    }

    /** Deletes an agent with all its versions and aliases. */
    default void delete(String agentId) {
        withRawResponse().delete(agentId);
    }

    /** Deletes an agent without blocking; the future fails with the errors the blocking form throws. */
    default CompletableFuture<Void> deleteAsync(String agentId) {
        return withRawResponse().deleteAsync(agentId).thenApply(ApiResponse::value);
    }

    // --- versions and aliases -----------------------------------------------------------------

    /** Makes {@code version} the agent's current version ({@code PATCH /v1/agents/{agent_id}/version}). */
    default Agent switchVersion(String agentId, int version) {
        return withRawResponse().switchVersion(agentId, version).value();
    }

    /**
     * Makes a version the agent's current one without blocking; the future fails with the errors
     * the blocking form throws.
     */
    default CompletableFuture<Agent> switchVersionAsync(String agentId, int version) {
        return withRawResponse().switchVersionAsync(agentId, version).thenApply(ApiResponse::value);
    }

    /** The agent as it is at each of its versions, paged by page number. */
    default Page<Agent> listVersions(String agentId, AgentVersionListRequest request) {
        return withRawResponse().listVersions(agentId, request).value();
    }

    /** Every version of the agent, fetched page by page as iteration reaches them. */
    default Page<Agent> listVersions(String agentId) {
        return listVersions(agentId, AgentVersionListRequest.all());
    }

    /**
     * Lists one page of the agent's versions without blocking; the future fails with the errors the
     * blocking form throws.
     */
    default CompletableFuture<Page<Agent>> listVersionsAsync(String agentId, AgentVersionListRequest request) {
        return withRawResponse().listVersionsAsync(agentId, request).thenApply(ApiResponse::value);
    }

    /** The agent's versions without blocking; the returned page fetches later pages on demand. */
    default CompletableFuture<Page<Agent>> listVersionsAsync(String agentId) {
        return listVersionsAsync(agentId, AgentVersionListRequest.all());
    }

    /** The agent as it is at one version ({@code GET /v1/agents/{agent_id}/versions/{version}}). */
    default Agent getVersion(String agentId, int version) {
        return withRawResponse().getVersion(agentId, version).value();
    }

    /**
     * Fetches the agent as it is at one version without blocking; the future fails with the errors
     * the blocking form throws.
     */
    default CompletableFuture<Agent> getVersionAsync(String agentId, int version) {
        return withRawResponse().getVersionAsync(agentId, version).thenApply(ApiResponse::value);
    }

    /** Points {@code alias} at {@code version}, creating the alias if needed. */
    default AgentAlias createOrUpdateAlias(String agentId, String alias, int version) {
        return withRawResponse().createOrUpdateAlias(agentId, alias, version).value();
    }

    /**
     * Points an alias at a version of the agent without blocking; the future fails with the errors
     * the blocking form throws.
     */
    default CompletableFuture<AgentAlias> createOrUpdateAliasAsync(String agentId, String alias, int version) {
        return withRawResponse().createOrUpdateAliasAsync(agentId, alias, version).thenApply(ApiResponse::value);
    }

    /** Every alias of an agent. */
    default List<AgentAlias> listAliases(String agentId) {
        return withRawResponse().listAliases(agentId).value();
    }

    /** Lists the agent's aliases without blocking; the future fails with the errors the blocking form throws. */
    default CompletableFuture<List<AgentAlias>> listAliasesAsync(String agentId) {
        return withRawResponse().listAliasesAsync(agentId).thenApply(ApiResponse::value);
    }

    /**
     * Deletes an alias of the agent, blocking until the answer arrives; errors are thrown as
     * {@link io.mistral4j.errors.MistralException}s.
     */
    default void deleteAlias(String agentId, String alias) {
        withRawResponse().deleteAlias(agentId, alias);
    }

    /** Deletes an alias of the agent without blocking; the future fails with the errors the blocking form throws. */
    default CompletableFuture<Void> deleteAliasAsync(String agentId, String alias) {
        return withRawResponse().deleteAliasAsync(agentId, alias).thenApply(ApiResponse::value);
    }

    // --- agent completions --------------------------------------------------------------------

    /** The agent's answer to the conversation. */
    default ChatCompletionResponse complete(AgentsCompletionRequest request) {
        return withRawResponse().complete(request).value();
    }

    /**
     * The agent's answer following {@code type}'s JSON schema (unless the request names a response
     * format), read as a {@code type}; an answer that does not fit is a
     * {@link io.mistral4j.errors.MistralDecodingException} naming the JSON path and the expected type.
     */
    default <T> StructuredResponse<T> complete(AgentsCompletionRequest request, Class<T> type) {
        AgentsCompletionRequest asking = request.responseFormat() != null ? request
                : request.toBuilder().responseFormat(ResponseFormat.jsonSchema(type)).build();
        return StructuredResponse.read(complete(asking), type);
    }

    /**
     * Asks the agent to answer the conversation without blocking; the future fails with the errors
     * the blocking form throws.
     */
    default CompletableFuture<ChatCompletionResponse> completeAsync(AgentsCompletionRequest request) {
        return withRawResponse().completeAsync(request).thenApply(ApiResponse::value);
    }

    /** Streams the agent's answer, event by event as for chat; close the stream (try-with-resources). */
    ChatCompletionStream stream(AgentsCompletionRequest request);

    /**
     * The streamed answer as a cold {@link Flow.Publisher}: each subscription makes one call,
     * events are read only as fast as the subscriber requests them, and cancelling releases
     * the connection.
     */
    Flow.Publisher<CompletionChunk> streamPublisher(AgentsCompletionRequest request);

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /**
     * Agents operations that also return the raw HTTP answer. A list's {@link ApiResponse}
     * describes its first page; the following pages are fetched as {@link Page}s do.
     */
    interface WithRawResponse {

        /** Creates an agent and returns the value with the HTTP answer. */
        ApiResponse<Agent> create(AgentCreationRequest request);

        /** Creates an agent without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<Agent>> createAsync(AgentCreationRequest request);

        /** Lists one page of agents and returns the value with the HTTP answer. */
        ApiResponse<Page<Agent>> list(AgentListRequest request);

        /** Lists one page of agents without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<Page<Agent>>> listAsync(AgentListRequest request);

        /** See {@link AgentsService#listByPageNumber(AgentListRequest)}. */
        @Deprecated
        ApiResponse<Page<Agent>> listByPageNumber(AgentListRequest request);

        /** See {@link AgentsService#listByPageNumber(AgentListRequest)}. */
        @Deprecated
        CompletableFuture<ApiResponse<Page<Agent>>> listByPageNumberAsync(AgentListRequest request);

        /** Fetches an agent and returns the value with the HTTP answer. */
        ApiResponse<Agent> get(String agentId, String agentVersion);

        /** Fetches the agent at its current version and returns the value with the HTTP answer. */
        default ApiResponse<Agent> get(String agentId) {
            return get(agentId, null);
        }

        /** Fetches an agent without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<Agent>> getAsync(String agentId, String agentVersion);

        /** Updates an agent (which makes a new version) and returns the value with the HTTP answer. */
        ApiResponse<Agent> update(String agentId, AgentUpdateRequest request);

        /**
         * Updates an agent (which makes a new version) without blocking, completing with the value
         * and the HTTP answer.
         */
        CompletableFuture<ApiResponse<Agent>> updateAsync(String agentId, AgentUpdateRequest request);

        /** The answer has no body: its value is null and its status 204. */
        ApiResponse<Void> delete(String agentId);

        /** Deletes an agent without blocking, completing with the HTTP answer (no body). */
        CompletableFuture<ApiResponse<Void>> deleteAsync(String agentId);

        /** Makes a version the agent's current one and returns the value with the HTTP answer. */
        ApiResponse<Agent> switchVersion(String agentId, int version);

        /** Makes a version the agent's current one without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<Agent>> switchVersionAsync(String agentId, int version);

        /** Lists one page of the agent's versions and returns the value with the HTTP answer. */
        ApiResponse<Page<Agent>> listVersions(String agentId, AgentVersionListRequest request);

        /** Lists one page of the agent's versions without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<Page<Agent>>> listVersionsAsync(String agentId, AgentVersionListRequest request);

        /** Fetches the agent as it is at one version and returns the value with the HTTP answer. */
        ApiResponse<Agent> getVersion(String agentId, int version);

        /**
         * Fetches the agent as it is at one version without blocking, completing with the value and
         * the HTTP answer.
         */
        CompletableFuture<ApiResponse<Agent>> getVersionAsync(String agentId, int version);

        /** Points an alias at a version of the agent and returns the value with the HTTP answer. */
        ApiResponse<AgentAlias> createOrUpdateAlias(String agentId, String alias, int version);

        /**
         * Points an alias at a version of the agent without blocking, completing with the value and
         * the HTTP answer.
         */
        CompletableFuture<ApiResponse<AgentAlias>> createOrUpdateAliasAsync(String agentId, String alias, int version);

        /** Lists the agent's aliases and returns the value with the HTTP answer. */
        ApiResponse<List<AgentAlias>> listAliases(String agentId);

        /** Lists the agent's aliases without blocking, completing with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<List<AgentAlias>>> listAliasesAsync(String agentId);

        /** Deletes an alias of the agent and returns the HTTP answer (no body). */
        ApiResponse<Void> deleteAlias(String agentId, String alias);

        /** Deletes an alias of the agent without blocking, completing with the HTTP answer (no body). */
        CompletableFuture<ApiResponse<Void>> deleteAliasAsync(String agentId, String alias);

        /** Asks the agent to answer the conversation and returns the value with the HTTP answer. */
        ApiResponse<ChatCompletionResponse> complete(AgentsCompletionRequest request);

        /**
         * Asks the agent to answer the conversation without blocking, completing with the value and
         * the HTTP answer.
         */
        CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(AgentsCompletionRequest request);

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
    AgentsService withOptions(RequestOptions options);
}
