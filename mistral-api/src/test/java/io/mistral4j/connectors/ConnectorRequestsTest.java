package io.mistral4j.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The connector requests validate at {@code build()} naming the field, and nothing that carries a secret prints it. */
class ConnectorRequestsTest {

    private static ConnectorCreateRequest.Builder valid() {
        return ConnectorCreateRequest.builder().name("wiki_2-a").description("d").server("https://mcp.example.com/sse");
    }

    private static void failsOn(String field, ThrowingCallable build) {
        assertThatThrownBy(build).isInstanceOf(ValidationException.class).hasMessageContaining(field);
    }

    @Test
    void aCreateRequestNeedsAWellFormedNameADescriptionAndAnHttpServer() {
        assertThat(valid().build().name()).isEqualTo("wiki_2-a");
        failsOn("name", () -> valid().name(null).build());
        failsOn("name", () -> valid().name("has space").build());
        failsOn("name", () -> valid().name("x".repeat(65)).build());
        failsOn("description", () -> valid().description(" ").build());
        failsOn("server", () -> valid().server(null).build());
        failsOn("server", () -> valid().server("ftp://files.example.com").build());
        failsOn("server", () -> valid().server("/relative").build());
        failsOn("title", () -> valid().title("t".repeat(256)).build());
        failsOn("oauth2ServerMetadataUrl", () -> valid().oauth2ServerMetadataUrl("nope").build());
        failsOn("oauth2ServerMetadataUrl", () -> valid().oauth2ServerMetadataUrl("https://a.example/meta")
                .oauth2ServerMetadata(metadata().build()).build());
    }

    private static OAuthServerMetadata.Builder metadata() {
        return OAuthServerMetadata.builder().issuer("https://auth.example").authorizationEndpoint("https://auth.example/a")
                .tokenEndpoint("https://auth.example/t");
    }

    @Test
    void theOtherRequestsNameTheirBadField() {
        failsOn("tokenEndpoint", () -> metadata().tokenEndpoint(null).build());
        failsOn("name", () -> ConnectorUpdateRequest.builder().name("a/b").build());
        failsOn("server", () -> ConnectorUpdateRequest.builder().server("not a url").build());
        failsOn("methodType", () -> AuthenticationMethodRequest.builder().build());
        failsOn("authDirection", () -> AuthenticationMethodRequest.builder().methodType(AuthMethodType.BEARER)
                .authDirection("sideways").build());
        failsOn("name", () -> CredentialsRequest.builder().build());
        failsOn("name", () -> CredentialsRequest.builder().name("my creds").build());
        failsOn("title", () -> CredentialsRequest.builder().name("c").title("t".repeat(256)).build());
        failsOn("credentialsName", () -> ToolCallRequest.builder().credentialsName("").build());
        failsOn("pageSize", () -> ConnectorListRequest.builder().pageSize(0).build());
        failsOn("pageSize", () -> ConnectorListRequest.builder().pageSize(1001).build());
        failsOn("page", () -> ToolListRequest.builder().page(0).build());
        failsOn("credentialsName", () -> AuthUrlRequest.builder().credentialsName("a b").build());
        failsOn("credentialsTitle", () -> AuthUrlRequest.builder().credentialsTitle("t".repeat(256)).build());
    }

    @Test
    void buildersCopyAndToBuilderKeepsEveryValue() {
        ConnectorCreateRequest request = valid().title("T").visibility(ConnectorVisibility.SHARED_ORG)
                .headers(Map.of("X-A", "a")).globalHeaders(Map.of("X-G", GlobalHeader.plain("g"))).build();
        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(ConnectorListRequest.builder().cursor("c").pageSize(5).active(true).build().toBuilder().cursor("d")
                .build()).isEqualTo(ConnectorListRequest.builder().cursor("d").pageSize(5).active(true).build());
        assertThatThrownBy(() -> request.headers().put("X-B", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void credentialsNeverPrint() {
        List<Object> carriers = List.of(
                valid().headers(Map.of("X-Org", "secret-header-1"))
                        .globalHeaders(Map.of("X-Key", GlobalHeader.plain("secret-global-2")))
                        .authData(AuthData.of("client", "secret-client-3")).build(),
                CredentialsRequest.builder().name("c").credentials(new ConnectionCredentials(
                        new OAuth2Token("secret-access-4", "Bearer", 60L, "s", "secret-refresh-5", Instant.EPOCH),
                        Map.of("X-H", "secret-header-6"), "secret-bearer-7", "12")).build(),
                ConnectorUpdateRequest.builder().authMethods(List.of(AuthenticationMethodRequest.builder()
                        .methodType(AuthMethodType.OAUTH2)
                        .oauth2MetadataSecrets(OAuth2ClientSecrets.of("id", "secret-client-8"))
                        .globalHeaders(Map.of("X-S", GlobalHeader.secret("secret-global-9"))).build())).build(),
                new ConnectionConfig("mcp", "https://a.example", Map.of("Authorization", "secret-header-10"), false));

        for (Object carrier : carriers) {
            assertThat(carrier.toString()).doesNotContain("secret-").contains("[redacted]");
        }
        assertThat(carriers.get(1).toString()).contains("X-H", "name=c");
    }

    @Test
    void openEnumsKeepValuesThisVersionDoesNotKnow() {
        assertThat(AuthMethodType.of("bearer")).isSameAs(AuthMethodType.BEARER);
        AuthMethodType unknown = AuthMethodType.of("passkey");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.value()).isEqualTo("passkey");
        assertThat(ConnectorVisibility.of("shared_global").isKnown()).isTrue();
        assertThat(ConsumerType.of("team").isKnown()).isFalse();
    }

    @Test
    void aToolResultJoinsItsTextBlocks() {
        ToolCallResult result = new ToolCallResult(List.of(new ToolContent.Text("a", null, null),
                new ToolContent.Image("AAAA", "image/png", null, null), new ToolContent.Text("b", null, null)), null);
        assertThat(result.text()).isEqualTo("a\nb");
        assertThat(new ToolCallResult(null, null).content()).isEmpty();
    }
}
