package io.mistral4j.connectors;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.pagination.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Connectors ({@code /v1/connectors}): MCP servers the agents platform calls tools of. Create,
 * list, read (by id or name), change and delete them; share them with the organization and
 * activate them for a user, workspace or organization; list and call their tools; read how
 * they authenticate, get an authorization URL, and store credentials at the organization,
 * workspace or user level. Stored credentials are never answered back: lists carry their names
 * and status only, and the credential types never print their secrets.
 *
 * <p>Each operation blocks or, with the {@code Async} suffix, returns a future; {@link
 * #withRawResponse()} gives the same operations with the HTTP answer beside the value, and
 * {@link #withOptions(RequestOptions)} a view whose calls use other settings.
 */
public interface ConnectorsService {

    /** Creates an MCP connector. */
    default Connector create(ConnectorCreateRequest request) {
        return withRawResponse().create(request).value();
    }

    /** Creates an MCP connector, without blocking. */
    default CompletableFuture<Connector> createAsync(ConnectorCreateRequest request) {
        return withRawResponse().createAsync(request).thenApply(ApiResponse::value);
    }

    /** Lists connectors a page at a time (null: all); the page walks on by cursor. */
    default Page<Connector> list(ConnectorListRequest request) {
        return withRawResponse().list(request).value();
    }

    /** Lists connectors a page at a time (null: all); the page walks on by cursor, without blocking. */
    default CompletableFuture<Page<Connector>> listAsync(ConnectorListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** Reads a connector by id or name, with what {@code request} asks for (null: nothing more). */
    default Connector get(String connectorIdOrName, ConnectorGetRequest request) {
        return withRawResponse().get(connectorIdOrName, request).value();
    }

    /** Reads a connector by id or name, with what {@code request} asks for (null: nothing more), without blocking. */
    default CompletableFuture<Connector> getAsync(String connectorIdOrName, ConnectorGetRequest request) {
        return withRawResponse().getAsync(connectorIdOrName, request).thenApply(ApiResponse::value);
    }

    /** Changes a connector. */
    default Connector update(String connectorId, ConnectorUpdateRequest request) {
        return withRawResponse().update(connectorId, request).value();
    }

    /** Changes a connector, without blocking. */
    default CompletableFuture<Connector> updateAsync(String connectorId, ConnectorUpdateRequest request) {
        return withRawResponse().updateAsync(connectorId, request).thenApply(ApiResponse::value);
    }

    /** Deletes a connector. */
    default ConnectorMessage delete(String connectorId) {
        return withRawResponse().delete(connectorId).value();
    }

    /** Deletes a connector, without blocking. */
    default CompletableFuture<ConnectorMessage> deleteAsync(String connectorId) {
        return withRawResponse().deleteAsync(connectorId).thenApply(ApiResponse::value);
    }

    /** The URL to send a user to so that they authorize the connector (request null: the defaults). */
    default AuthUrl authUrl(String connectorIdOrName, AuthUrlRequest request) {
        return withRawResponse().authUrl(connectorIdOrName, request).value();
    }

    /** The URL to send a user to so that they authorize the connector (request null: the defaults), without blocking. */
    default CompletableFuture<AuthUrl> authUrlAsync(String connectorIdOrName, AuthUrlRequest request) {
        return withRawResponse().authUrlAsync(connectorIdOrName, request).thenApply(ApiResponse::value);
    }

    /** Shares a connector with the organization. */
    default ConnectorMessage share(String connectorId) {
        return withRawResponse().share(connectorId).value();
    }

    /** Shares a connector with the organization, without blocking. */
    default CompletableFuture<ConnectorMessage> shareAsync(String connectorId) {
        return withRawResponse().shareAsync(connectorId).thenApply(ApiResponse::value);
    }

    /** Stops sharing a connector with the organization. */
    default ConnectorMessage unshare(String connectorId) {
        return withRawResponse().unshare(connectorId).value();
    }

    /** Stops sharing a connector with the organization, without blocking. */
    default CompletableFuture<ConnectorMessage> unshareAsync(String connectorId) {
        return withRawResponse().unshareAsync(connectorId).thenApply(ApiResponse::value);
    }

    /** Activates a connector for the user, the workspace or the organization. */
    default ConnectorMessage activate(String connectorId, ConsumerScope scope) {
        return withRawResponse().activate(connectorId, scope).value();
    }

    /** Activates a connector for the user, the workspace or the organization, without blocking. */
    default CompletableFuture<ConnectorMessage> activateAsync(String connectorId, ConsumerScope scope) {
        return withRawResponse().activateAsync(connectorId, scope).thenApply(ApiResponse::value);
    }

    /** Deactivates a connector for the user, the workspace or the organization. */
    default ConnectorMessage deactivate(String connectorId, ConsumerScope scope) {
        return withRawResponse().deactivate(connectorId, scope).value();
    }

    /** Deactivates a connector for the user, the workspace or the organization, without blocking. */
    default CompletableFuture<ConnectorMessage> deactivateAsync(String connectorId, ConsumerScope scope) {
        return withRawResponse().deactivateAsync(connectorId, scope).thenApply(ApiResponse::value);
    }

    /** The tools the connector's server serves (request null: the first page). */
    default List<McpTool> listTools(String connectorIdOrName, ToolListRequest request) {
        return withRawResponse().listTools(connectorIdOrName, request).value();
    }

    /** The tools the connector's server serves (request null: the first page), without blocking. */
    default CompletableFuture<List<McpTool>> listToolsAsync(String connectorIdOrName, ToolListRequest request) {
        return withRawResponse().listToolsAsync(connectorIdOrName, request).thenApply(ApiResponse::value);
    }

    /** Calls one of the connector's tools (request null: no arguments). */
    default ToolCallResult callTool(String connectorIdOrName, String toolName, ToolCallRequest request) {
        return withRawResponse().callTool(connectorIdOrName, toolName, request).value();
    }

    /** Calls one of the connector's tools (request null: no arguments), without blocking. */
    default CompletableFuture<ToolCallResult> callToolAsync(String connectorIdOrName, String toolName, ToolCallRequest request) {
        return withRawResponse().callToolAsync(connectorIdOrName, toolName, request).thenApply(ApiResponse::value);
    }

    /** The ways the connector authenticates. */
    default List<AuthenticationMethod> authenticationMethods(String connectorIdOrName) {
        return withRawResponse().authenticationMethods(connectorIdOrName).value();
    }

    /** The ways the connector authenticates, without blocking. */
    default CompletableFuture<List<AuthenticationMethod>> authenticationMethodsAsync(String connectorIdOrName) {
        return withRawResponse().authenticationMethodsAsync(connectorIdOrName).thenApply(ApiResponse::value);
    }

    /** The credentials stored for the connector at a level (request null: all): names and status, never secrets. */
    default CredentialsList listCredentials(String connectorIdOrName, ConsumerScope scope, CredentialsListRequest request) {
        return withRawResponse().listCredentials(connectorIdOrName, scope, request).value();
    }

    /** The credentials stored for the connector at a level (request null: all): names and status, never secrets, without blocking. */
    default CompletableFuture<CredentialsList> listCredentialsAsync(String connectorIdOrName, ConsumerScope scope, CredentialsListRequest request) {
        return withRawResponse().listCredentialsAsync(connectorIdOrName, scope, request).thenApply(ApiResponse::value);
    }

    /** Creates or updates credentials for the connector at a level. */
    default ConnectorMessage saveCredentials(String connectorIdOrName, ConsumerScope scope, CredentialsRequest request) {
        return withRawResponse().saveCredentials(connectorIdOrName, scope, request).value();
    }

    /** Creates or updates credentials for the connector at a level, without blocking. */
    default CompletableFuture<ConnectorMessage> saveCredentialsAsync(String connectorIdOrName, ConsumerScope scope, CredentialsRequest request) {
        return withRawResponse().saveCredentialsAsync(connectorIdOrName, scope, request).thenApply(ApiResponse::value);
    }

    /** Deletes named credentials of the connector at a level. */
    default ConnectorMessage deleteCredentials(String connectorIdOrName, ConsumerScope scope, String credentialsName) {
        return withRawResponse().deleteCredentials(connectorIdOrName, scope, credentialsName).value();
    }

    /** Deletes named credentials of the connector at a level, without blocking. */
    default CompletableFuture<ConnectorMessage> deleteCredentialsAsync(String connectorIdOrName, ConsumerScope scope, String credentialsName) {
        return withRawResponse().deleteCredentialsAsync(connectorIdOrName, scope, credentialsName).thenApply(ApiResponse::value);
    }

    /** Deletes every credential the calling user stored for the connector. */
    default ConnectorMessage deleteAllUserCredentials(String connectorIdOrName) {
        return withRawResponse().deleteAllUserCredentials(connectorIdOrName).value();
    }

    /** Deletes every credential the calling user stored for the connector, without blocking. */
    default CompletableFuture<ConnectorMessage> deleteAllUserCredentialsAsync(String connectorIdOrName) {
        return withRawResponse().deleteAllUserCredentialsAsync(connectorIdOrName).thenApply(ApiResponse::value);
    }

    /** Reads a connector by id or name. */
    default Connector get(String connectorIdOrName) {
        return get(connectorIdOrName, null);
    }

    /** Reads a connector by id or name, without blocking. */
    default CompletableFuture<Connector> getAsync(String connectorIdOrName) {
        return getAsync(connectorIdOrName, null);
    }

    /** The first page of the connector's tools. */
    default List<McpTool> listTools(String connectorIdOrName) {
        return listTools(connectorIdOrName, null);
    }

    /** The first page of the connector's tools, without blocking. */
    default CompletableFuture<List<McpTool>> listToolsAsync(String connectorIdOrName) {
        return listToolsAsync(connectorIdOrName, null);
    }

    /** Every credential stored for the connector at a level. */
    default CredentialsList listCredentials(String connectorIdOrName, ConsumerScope scope) {
        return listCredentials(connectorIdOrName, scope, null);
    }

    /** Every credential stored for the connector at a level, without blocking. */
    default CompletableFuture<CredentialsList> listCredentialsAsync(String connectorIdOrName, ConsumerScope scope) {
        return listCredentialsAsync(connectorIdOrName, scope, null);
    }

    /** This service with other settings for its calls. */
    ConnectorsService withOptions(RequestOptions options);

    /** The same operations, answering the HTTP status, headers and raw body beside the value. */
    WithRawResponse withRawResponse();

    /** The connectors operations with their HTTP answers. */
    interface WithRawResponse {

        /** Creates an MCP connector. */
        ApiResponse<Connector> create(ConnectorCreateRequest request);

        /** Creates an MCP connector, without blocking. */
        CompletableFuture<ApiResponse<Connector>> createAsync(ConnectorCreateRequest request);

        /** Lists connectors a page at a time (null: all); the page walks on by cursor. */
        ApiResponse<Page<Connector>> list(ConnectorListRequest request);

        /** Lists connectors a page at a time (null: all); the page walks on by cursor, without blocking. */
        CompletableFuture<ApiResponse<Page<Connector>>> listAsync(ConnectorListRequest request);

        /** Reads a connector by id or name, with what {@code request} asks for (null: nothing more). */
        ApiResponse<Connector> get(String connectorIdOrName, ConnectorGetRequest request);

        /** Reads a connector by id or name, with what {@code request} asks for (null: nothing more), without blocking. */
        CompletableFuture<ApiResponse<Connector>> getAsync(String connectorIdOrName, ConnectorGetRequest request);

        /** Changes a connector. */
        ApiResponse<Connector> update(String connectorId, ConnectorUpdateRequest request);

        /** Changes a connector, without blocking. */
        CompletableFuture<ApiResponse<Connector>> updateAsync(String connectorId, ConnectorUpdateRequest request);

        /** Deletes a connector. */
        ApiResponse<ConnectorMessage> delete(String connectorId);

        /** Deletes a connector, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> deleteAsync(String connectorId);

        /** The URL to send a user to so that they authorize the connector (request null: the defaults). */
        ApiResponse<AuthUrl> authUrl(String connectorIdOrName, AuthUrlRequest request);

        /** The URL to send a user to so that they authorize the connector (request null: the defaults), without blocking. */
        CompletableFuture<ApiResponse<AuthUrl>> authUrlAsync(String connectorIdOrName, AuthUrlRequest request);

        /** Shares a connector with the organization. */
        ApiResponse<ConnectorMessage> share(String connectorId);

        /** Shares a connector with the organization, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> shareAsync(String connectorId);

        /** Stops sharing a connector with the organization. */
        ApiResponse<ConnectorMessage> unshare(String connectorId);

        /** Stops sharing a connector with the organization, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> unshareAsync(String connectorId);

        /** Activates a connector for the user, the workspace or the organization. */
        ApiResponse<ConnectorMessage> activate(String connectorId, ConsumerScope scope);

        /** Activates a connector for the user, the workspace or the organization, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> activateAsync(String connectorId, ConsumerScope scope);

        /** Deactivates a connector for the user, the workspace or the organization. */
        ApiResponse<ConnectorMessage> deactivate(String connectorId, ConsumerScope scope);

        /** Deactivates a connector for the user, the workspace or the organization, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> deactivateAsync(String connectorId, ConsumerScope scope);

        /** The tools the connector's server serves (request null: the first page). */
        ApiResponse<List<McpTool>> listTools(String connectorIdOrName, ToolListRequest request);

        /** The tools the connector's server serves (request null: the first page), without blocking. */
        CompletableFuture<ApiResponse<List<McpTool>>> listToolsAsync(String connectorIdOrName, ToolListRequest request);

        /** Calls one of the connector's tools (request null: no arguments). */
        ApiResponse<ToolCallResult> callTool(String connectorIdOrName, String toolName, ToolCallRequest request);

        /** Calls one of the connector's tools (request null: no arguments), without blocking. */
        CompletableFuture<ApiResponse<ToolCallResult>> callToolAsync(String connectorIdOrName, String toolName, ToolCallRequest request);

        /** The ways the connector authenticates. */
        ApiResponse<List<AuthenticationMethod>> authenticationMethods(String connectorIdOrName);

        /** The ways the connector authenticates, without blocking. */
        CompletableFuture<ApiResponse<List<AuthenticationMethod>>> authenticationMethodsAsync(String connectorIdOrName);

        /** The credentials stored for the connector at a level (request null: all): names and status, never secrets. */
        ApiResponse<CredentialsList> listCredentials(String connectorIdOrName, ConsumerScope scope, CredentialsListRequest request);

        /** The credentials stored for the connector at a level (request null: all): names and status, never secrets, without blocking. */
        CompletableFuture<ApiResponse<CredentialsList>> listCredentialsAsync(String connectorIdOrName, ConsumerScope scope, CredentialsListRequest request);

        /** Creates or updates credentials for the connector at a level. */
        ApiResponse<ConnectorMessage> saveCredentials(String connectorIdOrName, ConsumerScope scope, CredentialsRequest request);

        /** Creates or updates credentials for the connector at a level, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> saveCredentialsAsync(String connectorIdOrName, ConsumerScope scope, CredentialsRequest request);

        /** Deletes named credentials of the connector at a level. */
        ApiResponse<ConnectorMessage> deleteCredentials(String connectorIdOrName, ConsumerScope scope, String credentialsName);

        /** Deletes named credentials of the connector at a level, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> deleteCredentialsAsync(String connectorIdOrName, ConsumerScope scope, String credentialsName);

        /** Deletes every credential the calling user stored for the connector. */
        ApiResponse<ConnectorMessage> deleteAllUserCredentials(String connectorIdOrName);

        /** Deletes every credential the calling user stored for the connector, without blocking. */
        CompletableFuture<ApiResponse<ConnectorMessage>> deleteAllUserCredentialsAsync(String connectorIdOrName);

        /** This view with other settings for its calls. */
        WithRawResponse withOptions(RequestOptions options);
    }
}
