package io.mistral4j.impl.connectors;

import com.google.gson.reflect.TypeToken;
import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.connectors.AuthUrl;
import io.mistral4j.connectors.AuthUrlRequest;
import io.mistral4j.connectors.AuthenticationMethod;
import io.mistral4j.connectors.Connector;
import io.mistral4j.connectors.ConnectorCreateRequest;
import io.mistral4j.connectors.ConnectorGetRequest;
import io.mistral4j.connectors.ConnectorListRequest;
import io.mistral4j.connectors.ConnectorMessage;
import io.mistral4j.connectors.ConnectorUpdateRequest;
import io.mistral4j.connectors.ConnectorsService;
import io.mistral4j.connectors.ConsumerScope;
import io.mistral4j.connectors.CredentialsList;
import io.mistral4j.connectors.CredentialsListRequest;
import io.mistral4j.connectors.CredentialsRequest;
import io.mistral4j.connectors.McpTool;
import io.mistral4j.connectors.ToolCallRequest;
import io.mistral4j.connectors.ToolCallResult;
import io.mistral4j.connectors.ToolListRequest;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.CursorPaging;
import io.mistral4j.impl.operation.OnId;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.pagination.Page;
import java.lang.reflect.Type;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ConnectorsService} over {@code /v1/connectors}. The credentials of each level are three
 * operations of their own in the API (list, create or update, delete), picked here by scope.
 */
public final class DefaultConnectorsService implements ConnectorsService {

    static final String CONNECTORS = "/v1/connectors";
    static final String BY_ID = CONNECTORS + "/{connectorId}";
    static final String BY_ID_OR_NAME = CONNECTORS + "/{connectorIdOrName}";
    private static final Type TOOLS = new TypeToken<List<McpTool>>() { }.getType();
    private static final Type METHODS = new TypeToken<List<AuthenticationMethod>>() { }.getType();

    static final Operation<ConnectorCreateRequest, Connector> CREATE = Operation
            .<ConnectorCreateRequest, Connector>post("connectors.create", CONNECTORS, Connector.class).jsonBody().build();
    static final Operation<ConnectorListRequest, ConnectorPage> LIST = Operation
            .<ConnectorListRequest, ConnectorPage>get("connectors.list", CONNECTORS, ConnectorPage.class)
            .encode((request, call) -> call.request(request).query("cursor", request.cursor())
                    .query("page_size", request.pageSize()).query("active", request.active()))
            .build();
    static final Operation<OnId<ConnectorGetRequest>, Connector> GET = Operation
            .<OnId<ConnectorGetRequest>, Connector>get("connectors.get", BY_ID_OR_NAME, Connector.class)
            .encode((ask, call) -> {
                call.path("connectorIdOrName", ask.id());
                ConnectorGetRequest request = ask.arg();
                if (request != null) {
                    call.request(request).query("fetch_user_data", request.fetchUserData())
                            .query("fetch_customer_data", request.fetchCustomerData());
                }
            }).build();
    static final Operation<OnId<ConnectorUpdateRequest>, Connector> UPDATE = Operation
            .<OnId<ConnectorUpdateRequest>, Connector>patch("connectors.update", BY_ID, Connector.class)
            .encode((ask, call) -> call.path("connectorId", ask.id()).json(CallSpec.requireRequest(ask.arg())))
            .build();
    static final Operation<String, ConnectorMessage> DELETE = Operation
            .<String, ConnectorMessage>delete("connectors.delete", BY_ID, ConnectorMessage.class)
            .pathId("connectorId").build();
    static final Operation<OnId<AuthUrlRequest>, AuthUrl> AUTH_URL = Operation
            .<OnId<AuthUrlRequest>, AuthUrl>get("connectors.auth_url", BY_ID_OR_NAME + "/auth_url", AuthUrl.class)
            .encode((ask, call) -> {
                call.path("connectorIdOrName", ask.id());
                AuthUrlRequest request = ask.arg();
                if (request != null) {
                    call.request(request).query("app_return_url", request.appReturnUrl())
                            .query("method_type", request.methodType())
                            .query("credentials_name", request.credentialsName())
                            .query("credentials_title", request.credentialsTitle())
                            .query("github_installation_link", request.githubInstallationLink());
                }
            }).build();
    static final Operation<String, ConnectorMessage> SHARE = Operation
            .<String, ConnectorMessage>put("connectors.share", BY_ID + "/share", ConnectorMessage.class)
            .pathId("connectorId").build();
    static final Operation<String, ConnectorMessage> UNSHARE = Operation
            .<String, ConnectorMessage>delete("connectors.unshare", BY_ID + "/share", ConnectorMessage.class)
            .pathId("connectorId").build();
    static final Operation<Scoped<Void>, ConnectorMessage> ACTIVATE = Operation
            .<Scoped<Void>, ConnectorMessage>post("connectors.activate", BY_ID + "/{scope}/activate",
                    ConnectorMessage.class)
            .encode(DefaultConnectorsService::onScope).build();
    static final Operation<Scoped<Void>, ConnectorMessage> DEACTIVATE = Operation
            .<Scoped<Void>, ConnectorMessage>post("connectors.deactivate", BY_ID + "/{scope}/deactivate",
                    ConnectorMessage.class)
            .encode(DefaultConnectorsService::onScope).build();
    static final Operation<OnId<ToolListRequest>, List<McpTool>> LIST_TOOLS = Operation
            .<OnId<ToolListRequest>, List<McpTool>>get("connectors.tools.list", BY_ID_OR_NAME + "/tools", TOOLS)
            .encode((ask, call) -> {
                call.path("connectorIdOrName", ask.id());
                ToolListRequest request = ask.arg();
                if (request != null) {
                    call.request(request).query("page", request.page()).query("page_size", request.pageSize())
                            .query("refresh", request.refresh()).query("pretty", request.pretty())
                            .query("credentials_name", request.credentialsName());
                }
            }).build();
    static final Operation<ToolCall, ToolCallResult> CALL_TOOL = Operation
            .<ToolCall, ToolCallResult>post("connectors.tools.call", BY_ID_OR_NAME + "/tools/{toolName}/call",
                    ToolCallResult.class)
            .encode(DefaultConnectorsService::toolCall).build();
    static final Operation<String, List<AuthenticationMethod>> AUTH_METHODS = Operation
            .<String, List<AuthenticationMethod>>get("connectors.authentication_methods",
                    BY_ID_OR_NAME + "/authentication_methods", METHODS)
            .pathId("connectorIdOrName").build();
    static final Operation<OnId<CredentialsListRequest>, CredentialsList> LIST_ORGANIZATION_CREDENTIALS =
            listCredentials("organization");
    static final Operation<OnId<CredentialsRequest>, ConnectorMessage> SAVE_ORGANIZATION_CREDENTIALS =
            saveCredentials("organization");
    static final Operation<OnId<String>, ConnectorMessage> DELETE_ORGANIZATION_CREDENTIALS = deleteCredentials("organization");
    static final Operation<OnId<CredentialsListRequest>, CredentialsList> LIST_WORKSPACE_CREDENTIALS =
            listCredentials("workspace");
    static final Operation<OnId<CredentialsRequest>, ConnectorMessage> SAVE_WORKSPACE_CREDENTIALS =
            saveCredentials("workspace");
    static final Operation<OnId<String>, ConnectorMessage> DELETE_WORKSPACE_CREDENTIALS = deleteCredentials("workspace");
    static final Operation<OnId<CredentialsListRequest>, CredentialsList> LIST_USER_CREDENTIALS =
            listCredentials("user");
    static final Operation<OnId<CredentialsRequest>, ConnectorMessage> SAVE_USER_CREDENTIALS =
            saveCredentials("user");
    static final Operation<OnId<String>, ConnectorMessage> DELETE_USER_CREDENTIALS = deleteCredentials("user");
    static final Operation<String, ConnectorMessage> DELETE_ALL_USER_CREDENTIALS = Operation
            .<String, ConnectorMessage>delete("connectors.user.credentials.delete_all",
                    BY_ID_OR_NAME + "/user/credentials", ConnectorMessage.class)
            .pathId("connectorIdOrName").build();

    private static final Map<ConsumerScope, Operation<OnId<CredentialsListRequest>, CredentialsList>> LIST_CREDENTIALS =
            byScope(LIST_ORGANIZATION_CREDENTIALS, LIST_WORKSPACE_CREDENTIALS, LIST_USER_CREDENTIALS);
    private static final Map<ConsumerScope, Operation<OnId<CredentialsRequest>, ConnectorMessage>> SAVE_CREDENTIALS =
            byScope(SAVE_ORGANIZATION_CREDENTIALS, SAVE_WORKSPACE_CREDENTIALS, SAVE_USER_CREDENTIALS);
    private static final Map<ConsumerScope, Operation<OnId<String>, ConnectorMessage>> DELETE_CREDENTIALS =
            byScope(DELETE_ORGANIZATION_CREDENTIALS, DELETE_WORKSPACE_CREDENTIALS, DELETE_USER_CREDENTIALS);

    private static final CursorPaging<ConnectorListRequest, ConnectorPage, Connector> CONNECTOR_PAGES =
            new CursorPaging<>(ConnectorPage::items, ConnectorPage::nextCursor,
                    (request, cursor) -> request.toBuilder().cursor(cursor).build());

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultConnectorsService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultConnectorsService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public ConnectorsService withOptions(RequestOptions options) {
        return new DefaultConnectorsService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static String credentialsPath(String level) {
        return BY_ID_OR_NAME + "/" + level + "/credentials";
    }

    private static Operation<OnId<CredentialsListRequest>, CredentialsList> listCredentials(String level) {
        return Operation.<OnId<CredentialsListRequest>, CredentialsList>get("connectors." + level + ".credentials.list",
                        credentialsPath(level), CredentialsList.class)
                .encode((ask, call) -> {
                    call.path("connectorIdOrName", ask.id());
                    CredentialsListRequest request = ask.arg();
                    if (request != null) {
                        call.request(request).query("auth_type", request.authType())
                                .query("fetch_default", request.fetchDefault());
                    }
                }).build();
    }

    private static Operation<OnId<CredentialsRequest>, ConnectorMessage> saveCredentials(String level) {
        return Operation.<OnId<CredentialsRequest>, ConnectorMessage>post("connectors." + level + ".credentials.save",
                        credentialsPath(level), ConnectorMessage.class)
                .encode((ask, call) -> call.path("connectorIdOrName", ask.id())
                        .json(CallSpec.requireRequest(ask.arg())))
                .build();
    }

    private static Operation<OnId<String>, ConnectorMessage> deleteCredentials(String level) {
        return Operation.<OnId<String>, ConnectorMessage>delete("connectors." + level + ".credentials.delete",
                        credentialsPath(level) + "/{credentialsName}", ConnectorMessage.class)
                .encode((ask, call) -> call.path("connectorIdOrName", ask.id()).path("credentialsName", ask.arg()))
                .build();
    }

    private static <O> Map<ConsumerScope, O> byScope(O organization, O workspace, O user) {
        Map<ConsumerScope, O> byScope = new EnumMap<>(ConsumerScope.class);
        byScope.put(ConsumerScope.ORGANIZATION, organization);
        byScope.put(ConsumerScope.WORKSPACE, workspace);
        byScope.put(ConsumerScope.USER, user);
        return byScope;
    }

    private static void onScope(Scoped<?> ask, CallSpec call) {
        if (ask.scope() == null) {
            throw new io.mistral4j.errors.ValidationException("scope", "must not be null");
        }
        call.path("connectorId", ask.connector()).path("scope", ask.scope().wireValue());
    }

    /** The arguments as the body (an empty object when there are none); the credentials name in the query. */
    private static void toolCall(ToolCall ask, CallSpec call) {
        call.path("connectorIdOrName", ask.connectorIdOrName()).path("toolName", ask.toolName());
        ToolCallRequest request = ask.request() == null ? ToolCallRequest.builder().build() : ask.request();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("arguments", request.arguments() == null ? Map.of() : request.arguments());
        call.json(body).request(request).query("credentials_name", request.credentialsName());
    }

    private static ConnectorListRequest orAll(ConnectorListRequest request) {
        return request == null ? ConnectorListRequest.all() : request;
    }

    private static <A> Scoped<A> scoped(String connector, ConsumerScope scope, A arg) {
        return new Scoped<>(connector, scope, arg);
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<Connector> create(ConnectorCreateRequest request) {
            return operations.raw(CREATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<Connector>> createAsync(ConnectorCreateRequest request) {
            return operations.rawAsync(CREATE, request);
        }

        @Override
        public ApiResponse<Page<Connector>> list(ConnectorListRequest request) {
            return operations.rawPage(LIST, orAll(request), CONNECTOR_PAGES);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Connector>>> listAsync(ConnectorListRequest request) {
            return operations.rawPageAsync(LIST, orAll(request), CONNECTOR_PAGES);
        }

        @Override
        public ApiResponse<Connector> get(String connectorIdOrName, ConnectorGetRequest request) {
            return operations.raw(GET, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Connector>> getAsync(String connectorIdOrName, ConnectorGetRequest request) {
            return operations.rawAsync(GET, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public ApiResponse<Connector> update(String connectorId, ConnectorUpdateRequest request) {
            return operations.raw(UPDATE, new OnId<>(connectorId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Connector>> updateAsync(String connectorId, ConnectorUpdateRequest request) {
            return operations.rawAsync(UPDATE, new OnId<>(connectorId, request));
        }

        @Override
        public ApiResponse<ConnectorMessage> delete(String connectorId) {
            return operations.raw(DELETE, connectorId);
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> deleteAsync(String connectorId) {
            return operations.rawAsync(DELETE, connectorId);
        }

        @Override
        public ApiResponse<AuthUrl> authUrl(String connectorIdOrName, AuthUrlRequest request) {
            return operations.raw(AUTH_URL, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public CompletableFuture<ApiResponse<AuthUrl>> authUrlAsync(String connectorIdOrName, AuthUrlRequest request) {
            return operations.rawAsync(AUTH_URL, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public ApiResponse<ConnectorMessage> share(String connectorId) {
            return operations.raw(SHARE, connectorId);
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> shareAsync(String connectorId) {
            return operations.rawAsync(SHARE, connectorId);
        }

        @Override
        public ApiResponse<ConnectorMessage> unshare(String connectorId) {
            return operations.raw(UNSHARE, connectorId);
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> unshareAsync(String connectorId) {
            return operations.rawAsync(UNSHARE, connectorId);
        }

        @Override
        public ApiResponse<ConnectorMessage> activate(String connectorId, ConsumerScope scope) {
            return operations.raw(ACTIVATE, scoped(connectorId, scope, (Void) null));
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> activateAsync(String connectorId, ConsumerScope scope) {
            return operations.rawAsync(ACTIVATE, scoped(connectorId, scope, (Void) null));
        }

        @Override
        public ApiResponse<ConnectorMessage> deactivate(String connectorId, ConsumerScope scope) {
            return operations.raw(DEACTIVATE, scoped(connectorId, scope, (Void) null));
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> deactivateAsync(String connectorId, ConsumerScope scope) {
            return operations.rawAsync(DEACTIVATE, scoped(connectorId, scope, (Void) null));
        }

        @Override
        public ApiResponse<List<McpTool>> listTools(String connectorIdOrName, ToolListRequest request) {
            return operations.raw(LIST_TOOLS, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public CompletableFuture<ApiResponse<List<McpTool>>> listToolsAsync(String connectorIdOrName, ToolListRequest request) {
            return operations.rawAsync(LIST_TOOLS, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public ApiResponse<ToolCallResult> callTool(String connectorIdOrName, String toolName, ToolCallRequest request) {
            return operations.raw(CALL_TOOL, new ToolCall(connectorIdOrName, toolName, request));
        }

        @Override
        public CompletableFuture<ApiResponse<ToolCallResult>> callToolAsync(String connectorIdOrName, String toolName, ToolCallRequest request) {
            return operations.rawAsync(CALL_TOOL, new ToolCall(connectorIdOrName, toolName, request));
        }

        @Override
        public ApiResponse<List<AuthenticationMethod>> authenticationMethods(String connectorIdOrName) {
            return operations.raw(AUTH_METHODS, connectorIdOrName);
        }

        @Override
        public CompletableFuture<ApiResponse<List<AuthenticationMethod>>> authenticationMethodsAsync(String connectorIdOrName) {
            return operations.rawAsync(AUTH_METHODS, connectorIdOrName);
        }

        @Override
        public ApiResponse<CredentialsList> listCredentials(String connectorIdOrName, ConsumerScope scope, CredentialsListRequest request) {
            return operations.raw(credentialsOp(LIST_CREDENTIALS, scope), new OnId<>(connectorIdOrName, request));
        }

        @Override
        public CompletableFuture<ApiResponse<CredentialsList>> listCredentialsAsync(String connectorIdOrName, ConsumerScope scope, CredentialsListRequest request) {
            return rawAsyncAt(LIST_CREDENTIALS, scope, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public ApiResponse<ConnectorMessage> saveCredentials(String connectorIdOrName, ConsumerScope scope, CredentialsRequest request) {
            return operations.raw(credentialsOp(SAVE_CREDENTIALS, scope), new OnId<>(connectorIdOrName, request));
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> saveCredentialsAsync(String connectorIdOrName, ConsumerScope scope, CredentialsRequest request) {
            return rawAsyncAt(SAVE_CREDENTIALS, scope, new OnId<>(connectorIdOrName, request));
        }

        @Override
        public ApiResponse<ConnectorMessage> deleteCredentials(String connectorIdOrName, ConsumerScope scope, String credentialsName) {
            return operations.raw(credentialsOp(DELETE_CREDENTIALS, scope), new OnId<>(connectorIdOrName, credentialsName));
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> deleteCredentialsAsync(String connectorIdOrName, ConsumerScope scope, String credentialsName) {
            return rawAsyncAt(DELETE_CREDENTIALS, scope, new OnId<>(connectorIdOrName, credentialsName));
        }

        @Override
        public ApiResponse<ConnectorMessage> deleteAllUserCredentials(String connectorIdOrName) {
            return operations.raw(DELETE_ALL_USER_CREDENTIALS, connectorIdOrName);
        }

        @Override
        public CompletableFuture<ApiResponse<ConnectorMessage>> deleteAllUserCredentialsAsync(String connectorIdOrName) {
            return operations.rawAsync(DELETE_ALL_USER_CREDENTIALS, connectorIdOrName);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultConnectorsService.this.withOptions(options).withRawResponse();
        }
    }

    /** The descriptor of {@code scope} run without blocking; a missing scope fails the future, naming it. */
    private <I, O> CompletableFuture<ApiResponse<O>> rawAsyncAt(Map<ConsumerScope, Operation<I, O>> byScope,
                                                               ConsumerScope scope, I input) {
        Operation<I, O> operation;
        try {
            operation = credentialsOp(byScope, scope);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return operations.rawAsync(operation, input);
    }

    /** The descriptor of {@code scope}; a missing scope is refused naming it. */
    private static <O> O credentialsOp(Map<ConsumerScope, O> byScope, ConsumerScope scope) {
        if (scope == null) {
            throw new io.mistral4j.errors.ValidationException("scope", "must not be null");
        }
        return byScope.get(scope);
    }
}
