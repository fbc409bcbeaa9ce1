package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.connectors.AuthMethodType;
import io.mistral4j.connectors.AuthUrl;
import io.mistral4j.connectors.AuthUrlRequest;
import io.mistral4j.connectors.AuthData;
import io.mistral4j.connectors.AuthenticationMethod;
import io.mistral4j.connectors.AuthenticationMethodRequest;
import io.mistral4j.connectors.ConnectionCredentials;
import io.mistral4j.connectors.Connector;
import io.mistral4j.connectors.ConnectorCreateRequest;
import io.mistral4j.connectors.ConnectorGetRequest;
import io.mistral4j.connectors.ConnectorListRequest;
import io.mistral4j.connectors.ConnectorMessage;
import io.mistral4j.connectors.ConnectorUpdateRequest;
import io.mistral4j.connectors.ConnectorVisibility;
import io.mistral4j.connectors.ConnectorsService;
import io.mistral4j.connectors.ConsumerScope;
import io.mistral4j.connectors.ConsumerType;
import io.mistral4j.connectors.CredentialsInfo;
import io.mistral4j.connectors.CredentialsList;
import io.mistral4j.connectors.CredentialsListRequest;
import io.mistral4j.connectors.CredentialsRequest;
import io.mistral4j.connectors.GlobalHeader;
import io.mistral4j.connectors.McpTool;
import io.mistral4j.connectors.OAuth2ClientSecrets;
import io.mistral4j.connectors.OAuth2Token;
import io.mistral4j.connectors.ToolCallRequest;
import io.mistral4j.connectors.ToolCallResult;
import io.mistral4j.connectors.ToolContent;
import io.mistral4j.connectors.ToolListRequest;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.pagination.Page;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;
import io.mistral4j.tck.simulator.SimulatedClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connectors end to end over loopback sockets, every operation sync and async: the requests
 * the simulator records (method, path, query, body) and the typed answers; credentials that
 * never come back in an answer nor print.
 */
class ConnectorsIntegrationTest {

    private static final String KEY = "sk-connectors-it-7a6b5c4d";
    private static final long SECONDS = 5;
    private static final List<String> SECRETS = List.of("org-header-secret", "client-secret-1", "global-secret",
            "bearer-secret", "team-header-secret", "access-secret", "refresh-secret", "client-secret-2");

    private MistralSimulator simulator;
    private MistralClient client;
    private ConnectorsService connectors;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.builder().apiKey(KEY).clock(SimulatedClock.frozen()).start();
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();
        connectors = client.connectors();
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(SECONDS, TimeUnit.SECONDS);
    }

    private static ConnectorCreateRequest.Builder named(String name) {
        return ConnectorCreateRequest.builder().name(name).description("about " + name)
                .server("https://mcp.example.com/" + name);
    }

    private RecordedRequest last() {
        List<RecordedRequest> requests = simulator.requests();
        return requests.get(requests.size() - 1);
    }

    @Test
    void connectorsAreCreatedReadChangedAndDeleted() {
        Connector created = connectors.create(named("wiki").title("Wiki").visibility(ConnectorVisibility.SHARED_WORKSPACE)
                .systemPrompt("Be brief").build());
        assertThat(last().body()).contains("\"name\":\"wiki\"", "\"visibility\":\"shared_workspace\"",
                "\"system_prompt\":\"Be brief\"");

        Connector byName = connectors.get("wiki");
        Connector withData = connectors.get(created.id(), ConnectorGetRequest.builder().fetchUserData(true)
                .fetchCustomerData(false).build());
        assertThat(last().path()).isEqualTo("/v1/connectors/" + created.id());
        assertThat(last().query()).contains("fetch_user_data=true", "fetch_customer_data=false");
        Connector updated = connectors.update(created.id(), ConnectorUpdateRequest.builder().title("Team wiki")
                .description("the wiki").build());
        assertThat(last().method()).isEqualTo("PATCH");
        ConnectorMessage deleted = connectors.delete(created.id());

        assertThat(created.visibility()).isEqualTo(ConnectorVisibility.SHARED_WORKSPACE);
        assertThat(created.ownerType()).isEqualTo(ConsumerType.USER);
        assertThat(created.createdAt()).isNotNull();
        assertThat(created.tools()).extracting(t -> t.name()).containsExactly("search", "fetch", "echo");
        assertThat(byName.id()).isEqualTo(created.id());
        assertThat(withData.connectionCredentials()).isEmpty();
        assertThat(updated.title()).isEqualTo("Team wiki");
        assertThat(updated.description()).isEqualTo("the wiki");
        assertThat(deleted.message()).contains(created.id());
        assertThatThrownBy(() -> connectors.get("wiki")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void connectorOperationsAsync() throws Exception {
        Connector created = await(connectors.createAsync(named("async").build()));
        assertThat(await(connectors.getAsync("async")).id()).isEqualTo(created.id());
        assertThat(await(connectors.getAsync(created.id(), ConnectorGetRequest.builder().build())).name())
                .isEqualTo("async");
        assertThat(await(connectors.updateAsync(created.id(), ConnectorUpdateRequest.builder().name("async2").build()))
                .name()).isEqualTo("async2");
        assertThat(await(connectors.listAsync(ConnectorListRequest.all())).items()).hasSize(1);
        assertThat(await(connectors.shareAsync(created.id())).message()).contains("shared");
        assertThat(await(connectors.unshareAsync(created.id())).message()).contains("unshared");
        assertThat(await(connectors.activateAsync(created.id(), ConsumerScope.ORGANIZATION)).message())
                .contains("organization");
        assertThat(await(connectors.deactivateAsync(created.id(), ConsumerScope.ORGANIZATION)).message())
                .contains("deactivated");
        assertThat(await(connectors.listToolsAsync("async2"))).hasSize(3);
        assertThat(await(connectors.listToolsAsync("async2", ToolListRequest.builder().pageSize(1).build())))
                .hasSize(1);
        assertThat(await(connectors.callToolAsync("async2", "echo", ToolCallRequest.builder()
                .arguments(Map.of("text", "hi")).build())).text()).isEqualTo("hi");
        assertThat(await(connectors.authenticationMethodsAsync("async2"))).extracting(AuthenticationMethod::methodType)
                .containsExactly(AuthMethodType.BEARER);
        ApiResponse<ConnectorMessage> raw = await(connectors.withRawResponse().deleteAsync(created.id()));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.rawBody()).contains("deleted");
    }

    @Test
    void theListWalksItsCursorAndFiltersActiveConnectors() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(connectors.create(named("c" + i).build()).id());
        }
        connectors.activate(ids.get(3), ConsumerScope.USER);

        Page<Connector> first = connectors.list(ConnectorListRequest.builder().pageSize(2).build());
        List<String> walked = first.stream().map(Connector::id).toList();
        Page<Connector> active = await(connectors.listAsync(ConnectorListRequest.builder().active(true).build()));

        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(walked).containsExactlyElementsOf(ids);
        assertThat(active.items()).extracting(Connector::id).containsExactly(ids.get(3));
        assertThat(active.items().get(0).active()).isTrue();
        assertThat(last().query()).contains("active=true");
    }

    @Test
    void sharingAndActivationPerScope() {
        Connector c = connectors.create(named("shared").build());

        connectors.share(c.id());
        assertThat(last().method()).isEqualTo("PUT");
        assertThat(last().path()).isEqualTo("/v1/connectors/" + c.id() + "/share");
        assertThat(connectors.get(c.id()).visibility()).isEqualTo(ConnectorVisibility.SHARED_ORG);
        connectors.unshare(c.id());
        assertThat(last().method()).isEqualTo("DELETE");
        assertThat(connectors.get(c.id()).visibility()).isEqualTo(ConnectorVisibility.PRIVATE);
        for (ConsumerScope scope : ConsumerScope.values()) {
            connectors.activate(c.id(), scope);
            assertThat(last().path()).isEqualTo("/v1/connectors/" + c.id() + "/" + scope.wireValue() + "/activate");
            assertThat(connectors.get(c.id()).active()).isTrue();
            connectors.deactivate(c.id(), scope);
            assertThat(last().path()).endsWith("/" + scope.wireValue() + "/deactivate");
            assertThat(connectors.get(c.id()).active()).isFalse();
        }
        assertThatThrownBy(() -> connectors.activate("3f1c0a52-7d7e-4c2b-9a51-0c5e6f7a8b9c", ConsumerScope.USER))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void toolsAreListedAndCalled() {
        connectors.create(named("drive").build());

        List<McpTool> tools = connectors.listTools("drive");
        List<McpTool> pretty = connectors.listTools("drive", ToolListRequest.builder().page(1).pageSize(2)
                .refresh(true).pretty(true).build());
        assertThat(last().query()).contains("page=1", "page_size=2", "refresh=true", "pretty=true");
        ToolCallResult result = connectors.callTool("drive", "search", ToolCallRequest.builder()
                .arguments(Map.of("query", "paris")).build());
        assertThat(last().body()).isEqualTo("{\"arguments\":{\"query\":\"paris\"}}");

        assertThat(tools).extracting(McpTool::name).containsExactly("search", "fetch", "echo");
        McpTool search = tools.get(0);
        assertThat(search.inputSchema()).containsKey("properties");
        assertThat(search.annotations().readOnlyHint()).isTrue();
        assertThat(search.meta()).containsEntry("connector", "drive");
        assertThat(pretty).hasSize(2);
        assertThat(pretty.get(0).meta()).isNull();
        assertThat(result.content()).singleElement().isInstanceOf(ToolContent.Text.class);
        assertThat(result.text()).isEqualTo("2 results for 'paris' in drive");
        assertThat(result.metadata().mcpMeta().isError()).isFalse();
        assertThat(result.metadata().mcpMeta().structuredContent()).containsKey("results");
        assertThatThrownBy(() -> connectors.callTool("drive", "nope", null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void authenticationMethodsAndTheAuthUrl() throws Exception {
        connectors.create(named("oauthy").authData(AuthData.of("client", "client-secret-1"))
                .globalHeaders(Map.of("X-Key", GlobalHeader.secret("global-secret"), "X-Plain", GlobalHeader.plain("v")))
                .build());

        List<AuthenticationMethod> methods = connectors.authenticationMethods("oauthy");
        AuthUrl url = connectors.authUrl("oauthy", AuthUrlRequest.builder().appReturnUrl("https://app.example/back")
                .methodType(AuthMethodType.OAUTH2).credentialsName("mine").credentialsTitle("Mine").build());
        assertThat(last().query()).contains("method_type=oauth2", "credentials_name=mine", "credentials_title=Mine");
        AuthUrl defaults = await(connectors.authUrlAsync("oauthy", null));

        assertThat(methods).extracting(AuthenticationMethod::methodType)
                .containsExactly(AuthMethodType.OAUTH2, AuthMethodType.BEARER);
        assertThat(methods.get(0).globalHeaders().get("X-Plain").value()).isEqualTo("v");
        assertThat(methods.get(0).globalHeaders().get("X-Key").value()).doesNotContain("global-secret");
        assertThat(url.authUrl()).contains("oauth2/authorize");
        assertThat(url.ttl()).isPositive();
        assertThat(defaults.authUrl()).contains("oauth2");
        assertThatThrownBy(() -> connectors.authUrl("oauthy", AuthUrlRequest.builder()
                .methodType(AuthMethodType.BEARER).build())).isInstanceOf(BadRequestException.class);
    }

    @Test
    void credentialsAtEachLevelAreStoredListedAndDeletedWithoutEverComingBack() throws Exception {
        Connector c = connectors.create(named("crm").headers(Map.of("X-Org", "org-header-secret")).build());
        List<String> answers = new ArrayList<>();

        answers.add(connectors.withRawResponse().saveCredentials("crm", ConsumerScope.USER, CredentialsRequest.builder()
                .name("mine").title("Mine").credentials(ConnectionCredentials.bearer("bearer-secret")).build()).rawBody());
        assertThat(last().path()).isEqualTo("/v1/connectors/crm/user/credentials");
        answers.add(await(connectors.withRawResponse().saveCredentialsAsync("crm", ConsumerScope.WORKSPACE,
                CredentialsRequest.builder().name("team").isDefault(true)
                        .credentials(ConnectionCredentials.headers(Map.of("X-Team", "team-header-secret"))).build()))
                .rawBody());
        answers.add(connectors.withRawResponse().saveCredentials(c.id(), ConsumerScope.ORGANIZATION,
                CredentialsRequest.builder().name("org").credentials(ConnectionCredentials.oauth(
                        new OAuth2Token("access-secret", "Bearer", 3600L, "read", "refresh-secret", null))).build())
                .rawBody());
        answers.add(connectors.withRawResponse().update(c.id(), ConnectorUpdateRequest.builder()
                .authMethods(List.of(AuthenticationMethodRequest.builder().methodType(AuthMethodType.OAUTH2)
                        .oauth2MetadataSecrets(OAuth2ClientSecrets.of("c2", "client-secret-2")).build())).build())
                .rawBody());

        ApiResponse<CredentialsList> user = connectors.withRawResponse().listCredentials("crm", ConsumerScope.USER, null);
        ApiResponse<CredentialsList> workspace = await(connectors.withRawResponse()
                .listCredentialsAsync("crm", ConsumerScope.WORKSPACE, null));
        ApiResponse<CredentialsList> org = connectors.withRawResponse().listCredentials("crm",
                ConsumerScope.ORGANIZATION, CredentialsListRequest.builder().authType(AuthMethodType.OAUTH2)
                        .fetchDefault(true).build());
        assertThat(last().query()).contains("auth_type=oauth2", "fetch_default=true");
        ApiResponse<Connector> withUserData = connectors.withRawResponse().get("crm",
                ConnectorGetRequest.builder().fetchUserData(true).build());
        List.of(user, workspace, org).forEach(r -> answers.add(r.rawBody()));
        answers.add(withUserData.rawBody());
        answers.add(connectors.withRawResponse().list(null).rawBody());
        answers.add(connectors.withRawResponse().authenticationMethods("crm").rawBody());

        CredentialsInfo mine = user.value().credentials().get(0);
        assertThat(mine.name()).isEqualTo("mine");
        assertThat(mine.title()).isEqualTo("Mine");
        assertThat(mine.authenticationType()).isEqualTo(AuthMethodType.BEARER);
        assertThat(mine.scope()).isEqualTo(ConsumerType.USER);
        assertThat(mine.isDefault()).isTrue();
        assertThat(mine.status().statusType()).isEqualTo("valid");
        assertThat(org.value().credentials()).extracting(CredentialsInfo::scope).containsExactly(ConsumerType.ORG);
        assertThat(withUserData.value().connectionCredentials()).extracting(CredentialsInfo::name).containsExactly("mine");
        assertThat(withUserData.value().isAuthenticated()).isTrue();
        assertThat(withUserData.value().connectionConfig().headers()).containsOnlyKeys("X-Org");
        assertThat(String.join("\n", answers)).doesNotContain(SECRETS);
        assertThat(withUserData.value().toString()).doesNotContain(SECRETS);

        assertThat(connectors.deleteCredentials("crm", ConsumerScope.WORKSPACE, "team").message()).contains("team");
        assertThat(last().path()).isEqualTo("/v1/connectors/crm/workspace/credentials/team");
        assertThat(await(connectors.deleteCredentialsAsync("crm", ConsumerScope.ORGANIZATION, "org")).message())
                .contains("org");
        assertThatThrownBy(() -> connectors.deleteCredentials("crm", ConsumerScope.WORKSPACE, "team"))
                .isInstanceOf(NotFoundException.class);
        assertThat(connectors.deleteAllUserCredentials("crm").message()).contains("1");
        assertThat(last().method()).isEqualTo("DELETE");
        assertThat(last().path()).isEqualTo("/v1/connectors/crm/user/credentials");
        assertThat(await(connectors.deleteAllUserCredentialsAsync("crm")).message()).contains("0");
        assertThat(connectors.listCredentials("crm", ConsumerScope.USER).credentials()).isEmpty();
        assertThat(await(connectors.listCredentialsAsync("crm", ConsumerScope.ORGANIZATION)).credentials()).isEmpty();
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        int before = simulator.requests().size();

        assertThatThrownBy(() -> connectors.get(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> connectors.activate("id", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("scope");
        assertThatThrownBy(() -> connectors.listCredentials("crm", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("scope");
        assertThatThrownBy(() -> connectors.saveCredentials("crm", ConsumerScope.USER, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("request");
        assertThatThrownBy(() -> connectors.listCredentialsAsync("crm", null).get(SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> connectors.deactivateAsync("id", null).get(SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> connectors.deleteCredentials("crm", ConsumerScope.USER, ".."))
                .isInstanceOf(ValidationException.class).hasMessageContaining("credentialsName");

        assertThat(simulator.requests()).hasSize(before);
    }
}
