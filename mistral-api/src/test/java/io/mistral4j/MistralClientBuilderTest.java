package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MistralClientBuilderTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    @Test
    void defaultsToThePublicApi() {
        ClientOptions options = MistralClient.builder().apiKey(KEY).options();
        assertThat(options.baseUrl()).hasToString("https://api.mistral.ai");
        assertThat(options.transport().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void trailingSlashesAreDropped() {
        ClientOptions options = MistralClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:8080//").options();
        assertThat(options.baseUrl()).hasToString("http://127.0.0.1:8080");
    }

    @Test
    void keyIsRequired() {
        assertThatThrownBy(() -> MistralClient.builder().options())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("apiKey"));
        assertThatThrownBy(() -> MistralClient.builder().apiKey("  "))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void badSettingsAreNamed() {
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).connectTimeout(Duration.ZERO).options())
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).callTimeout(Duration.ofSeconds(-1)).options())
                .hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).baseUrl("ftp://host").options())
                .hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).maxConnections(0).options())
                .hasMessageContaining("maxConnections");
        assertThatThrownBy(() -> MistralClient.builder().defaultHeader("Bad Name", "x"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("defaultHeader"));
        assertThatThrownBy(() -> MistralClient.builder().defaultHeader("X-Team", "a\u0000b"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("defaultHeader[X-Team]"));
    }

    @Test
    void fromEnvReadsKeyAndBaseUrl() {
        ClientOptions options = MistralClient.builder()
                .environment(Map.of("MISTRAL_API_KEY", KEY, "MISTRAL_BASE_URL", "http://localhost:9999"))
                .fromEnv().options();
        assertThat(options.apiKey().reveal()).isEqualTo(KEY);
        assertThat(options.baseUrl()).hasToString("http://localhost:9999");
    }

    @Test
    void fromEnvWithoutKeyNamesTheVariable() {
        assertThatThrownBy(() -> MistralClient.builder().environment(Map.of()).fromEnv())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("MISTRAL_API_KEY");
    }

    @Test
    void theKeyNeverPrints() {
        MistralClient.Builder builder = MistralClient.builder().apiKey(KEY);
        ClientOptions options = builder.options();
        assertThat(builder.toString()).doesNotContain(KEY);
        assertThat(options.toString()).doesNotContain(KEY);
        assertThat(options.apiKey().toString()).doesNotContain(KEY);
        assertThat(options.authProvider().toString()).doesNotContain(KEY);
        assertThat(options.authProvider().headersFor(null).toString()).doesNotContain(KEY);
    }

    @Test
    void withoutAnImplementationTheErrorSaysWhatToAdd() {
        // mistral-api's own tests run without mistral-impl on the class path.
        assertThatThrownBy(() -> MistralClient.builder().apiKey(KEY).build())
                .hasMessageContaining("mistral-impl");
    }
}
