package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import io.mistral4j.connectors.AuthMethodType;
import io.mistral4j.connectors.AuthenticationMethodRequest;
import io.mistral4j.connectors.ConnectionCredentials;
import io.mistral4j.connectors.Connector;
import io.mistral4j.connectors.ConnectorCreateRequest;
import io.mistral4j.connectors.ConnectorUpdateRequest;
import io.mistral4j.connectors.ConnectorVisibility;
import io.mistral4j.connectors.ConsumerType;
import io.mistral4j.connectors.CredentialsRequest;
import io.mistral4j.connectors.GlobalHeader;
import io.mistral4j.connectors.McpTool;
import io.mistral4j.connectors.OAuth2Token;
import io.mistral4j.connectors.OAuthServerMetadata;
import io.mistral4j.connectors.ToolCallResult;
import io.mistral4j.connectors.ToolContent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The connector types on the wire: the API's snake_case, MCP's camelCase and {@code _meta}
 * inside tools and tool results, content blocks by {@code type} (an unknown one kept whole),
 * and values this version does not know kept.
 */
class ConnectorJsonTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void aConnectorDecodesEveryPartTheSpecDescribes() {
        Connector connector = codec.fromJson("""
                {"id":"0b5e6f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b","name":"wiki","title":null,"description":"d",
                 "created_at":"2026-01-02T03:04:05Z","modified_at":"2026-01-02T03:04:06.5Z","server":"https://s",
                 "protocol":"mcp","icon_url":null,"server_card":{"name":"io.ex/wiki","version":"1.0",
                 "capabilities":{"tools":{"listChanged":true}},"tools":"dynamic"},
                 "owner_id":"o","owner_type":"team","visibility":"shared_galaxy","creator_id":"c",
                 "locale":{"name":{"en":"Wiki","fr":"Wiki"},"description":{"en":"d"},"usage_sentence":{"en":"u"}},
                 "supported_auth_methods":[{"method_type":"passkey","headers":[{"name":"X-A","is_required":false}],
                   "global_headers":{"X-G":{"is_secret":true,"value":"**********"}},"has_default_credentials":true,
                   "oauth2_server_metadata":{"issuer":"https://i","authorization_endpoint":"https://i/a",
                   "token_endpoint":"https://i/t","scopes_supported":["read"],"x_source":"provided"}}],
                 "connection_preferences":[{"name":"mine","tool_configuration":{"requires_confirmation":["search"],
                   "skip_confirmation":{"type":"or","expressions":[["a"],{"read_only":true}]},"include":["x"]},
                   "is_default":true,"consumer_type":"user"}],
                 "connection_credentials":[{"name":"mine","authentication_type":"bearer","scope":"user",
                   "status":{"status_type":"invalid","error_http_code":401,"error_message":"oauth expired"},
                   "is_default":true}],
                 "active":null,"private_tool_execution":true,"mistral":false,"is_authenticated":true,
                 "tools":[{"id":"t1","name":"search","description":"s","execution_config":{"type":"mcp","x":1},
                   "visibility":"private","created_at":"2026-01-02T03:04:05Z","modified_at":"2026-01-02T03:04:05Z"}],
                 "connection_config":{"type":"mcp","base_url":"https://s","headers":{"X":"**********"},"signed":false},
                 "execution_env":{"tools":[{"type":"function","function":{"name":"f","parameters":{}}}],
                   "tool_execution_data":{"integrations":[],"tools":[]},"errors":["e"]},
                 "a_field_from_tomorrow":1}
                """, Connector.class);

        assertThat(connector.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(connector.ownerType().isKnown()).isFalse();
        assertThat(connector.ownerType().value()).isEqualTo("team");
        assertThat(connector.visibility()).isEqualTo(ConnectorVisibility.of("shared_galaxy"));
        assertThat(connector.serverCard()).containsEntry("tools", "dynamic");
        assertThat(connector.locale().name()).containsEntry("fr", "Wiki");
        assertThat(connector.supportedAuthMethods().get(0).methodType().value()).isEqualTo("passkey");
        assertThat(connector.supportedAuthMethods().get(0).headers().get(0).isRequired()).isFalse();
        assertThat(connector.supportedAuthMethods().get(0).oauth2ServerMetadata().scopesSupported())
                .containsExactly("read");
        assertThat(connector.supportedAuthMethods().get(0).oauth2ServerMetadata().xSource()).isEqualTo("provided");
        assertThat(connector.connectionPreferences().get(0).toolConfiguration().requiresConfirmation())
                .isEqualTo(List.of("search"));
        assertThat(connector.connectionPreferences().get(0).consumerType()).isEqualTo(ConsumerType.USER);
        assertThat(connector.connectionCredentials().get(0).status().errorHttpCode()).isEqualTo(401);
        assertThat(connector.connectionCredentials().get(0).status().errorMessage()).isEqualTo("oauth expired");
        assertThat(connector.privateToolExecution()).isTrue();
        assertThat(connector.tools().get(0).executionConfig()).containsEntry("type", "mcp");
        assertThat(connector.connectionConfig().baseUrl()).isEqualTo("https://s");
        assertThat(connector.executionEnv().errors()).containsExactly("e");
    }

    @Test
    void mcpToolsAndResultsKeepMcpNames() {
        List<McpTool> tools = codec.fromJson("""
                [{"name":"search","inputSchema":{"type":"object"},"outputSchema":null,
                  "icons":[{"src":"https://i/x.png","mimeType":"image/png","sizes":["16x16"]}],
                  "annotations":{"readOnlyHint":true,"openWorldHint":false},"_meta":{"ui":{"resourceUri":"r"}},
                  "execution":{"taskSupport":"optional"}}]
                """, new TypeToken<List<McpTool>>() { }.getType());
        McpTool tool = tools.get(0);

        assertThat(tool.inputSchema()).containsEntry("type", "object");
        assertThat(tool.icons().get(0).mimeType()).isEqualTo("image/png");
        assertThat(tool.annotations().readOnlyHint()).isTrue();
        assertThat(tool.annotations().openWorldHint()).isFalse();
        assertThat(tool.meta()).containsKey("ui");
        assertThat(tool.execution()).containsEntry("taskSupport", "optional");
        JsonObject written = JsonParser.parseString(codec.toJson(tool)).getAsJsonObject();
        assertThat(written.has("inputSchema")).isTrue();
        assertThat(written.has("_meta")).isTrue();
        assertThat(written.getAsJsonObject("annotations").has("readOnlyHint")).isTrue();
    }

    @Test
    void resultBlocksAreToldApartByTypeAndAnUnknownOneIsKeptWhole() {
        ToolCallResult result = codec.fromJson("""
                {"content":[{"type":"text","text":"hi","_meta":{"k":1}},
                  {"type":"image","data":"AAAA","mimeType":"image/png"},
                  {"type":"audio","data":"BBBB","mimeType":"audio/wav"},
                  {"type":"resource_link","name":"r","uri":"file:///r","size":3},
                  {"type":"resource","resource":{"uri":"file:///e","mimeType":"text/plain","text":"embedded"}},
                  {"type":"hologram","depth":3}],
                 "metadata":{"mcp_meta":{"isError":true,"structuredContent":{"n":1},"_meta":{"m":2}},"trace":"t"}}
                """, ToolCallResult.class);

        assertThat(result.content()).extracting(ToolContent::type)
                .containsExactly("text", "image", "audio", "resource_link", "resource", "hologram");
        assertThat(((ToolContent.Text) result.content().get(0)).meta()).containsEntry("k", 1L);
        assertThat(((ToolContent.Image) result.content().get(1)).mimeType()).isEqualTo("image/png");
        assertThat(((ToolContent.ResourceLink) result.content().get(3)).size()).isEqualTo(3L);
        assertThat(((ToolContent.EmbeddedResource) result.content().get(4)).resource().text()).isEqualTo("embedded");
        ToolContent.Unknown unknown = (ToolContent.Unknown) result.content().get(5);
        assertThat(unknown.fields()).containsEntry("depth", 3L);
        assertThat(result.metadata().mcpMeta().isError()).isTrue();
        assertThat(result.metadata().mcpMeta().structuredContent()).containsEntry("n", 1L);
        assertThat(result.metadata().mcpMeta().meta()).containsEntry("m", 2L);
        assertThat(JsonParser.parseString(codec.toJson(unknown)))
                .isEqualTo(JsonParser.parseString("{\"type\":\"hologram\",\"depth\":3}"));
        assertThat(JsonParser.parseString(codec.toJson(result.content().get(1))))
                .isEqualTo(JsonParser.parseString("{\"type\":\"image\",\"data\":\"AAAA\",\"mimeType\":\"image/png\"}"));
    }

    @Test
    void requestsAreWrittenWithTheSpecNames() {
        JsonObject create = JsonParser.parseString(codec.toJson(ConnectorCreateRequest.builder().name("n")
                .description("d").server("https://s.example").iconUrl("https://i")
                .globalHeaders(Map.of("X-G", GlobalHeader.secret("v")))
                .oauth2ServerMetadata(OAuthServerMetadata.builder().issuer("https://i").authorizationEndpoint("https://i/a")
                        .tokenEndpoint("https://i/t").codeChallengeMethodsSupported(List.of("S256")).build())
                .systemPrompt("p").build())).getAsJsonObject();
        JsonObject update = JsonParser.parseString(codec.toJson(ConnectorUpdateRequest.builder()
                .authMethods(List.of(AuthenticationMethodRequest.builder().methodType(AuthMethodType.WEBHOOK)
                        .authDirection("inbound").build())).build())).getAsJsonObject();
        JsonObject credentials = JsonParser.parseString(codec.toJson(CredentialsRequest.builder().name("c")
                .isDefault(true).credentials(ConnectionCredentials.oauth(new OAuth2Token("a", null, 60L, null, "r",
                        Instant.parse("2026-01-01T00:00:00Z")))).build())).getAsJsonObject();

        assertThat(create.keySet()).containsExactlyInAnyOrder("name", "description", "server", "icon_url",
                "global_headers", "oauth2_server_metadata", "system_prompt");
        assertThat(create.getAsJsonObject("global_headers").getAsJsonObject("X-G").get("is_secret").getAsBoolean())
                .isTrue();
        assertThat(create.getAsJsonObject("oauth2_server_metadata").has("code_challenge_methods_supported")).isTrue();
        assertThat(update.getAsJsonArray("auth_methods").get(0).getAsJsonObject().get("method_type").getAsString())
                .isEqualTo("webhook");
        assertThat(credentials.get("is_default").getAsBoolean()).isTrue();
        JsonObject oauth = credentials.getAsJsonObject("credentials").getAsJsonObject("oauth");
        assertThat(oauth.keySet()).containsExactlyInAnyOrder("access_token", "expires_in", "refresh_token", "expires_at");
    }
}
