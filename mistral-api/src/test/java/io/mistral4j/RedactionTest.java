package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.files.SignedUrl;
import io.mistral4j.spi.TransportRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Secrets in URLs and in servers' words are masked wherever they would be printed. */
class RedactionTest {

    private static final String PASSWORD = "s3cr3t-pw";

    @Test
    void userInformationOfTheBaseUrlIsNeverPrinted() {
        MistralClient.Builder builder = MistralClient.builder().apiKey("sk-test")
                .baseUrl("https://alice:" + PASSWORD + "@proxy.example.test/mistral");

        assertThat(builder.toString()).doesNotContain(PASSWORD).doesNotContain("alice")
                .contains("https://[redacted]@proxy.example.test/mistral");
        assertThat(builder.options().toString()).doesNotContain(PASSWORD).contains("[redacted]@proxy.example.test");
        assertThat(builder.options().baseUrl().getUserInfo()).isEqualTo("alice:" + PASSWORD);
        TransportRequest request = new TransportRequest("GET",
                URI.create("https://alice:" + PASSWORD + "@proxy.example.test/v1/models"), null, null, null, false);
        assertThat(request.toString()).isEqualTo("GET https://[redacted]@proxy.example.test/v1/models");
    }

    @Test
    void aBaseUrlThatCannotBeParsedIsNotEchoed() {
        assertThatThrownBy(() -> MistralClient.builder().baseUrl("https://alice:" + PASSWORD + "@host/a b"))
                .hasMessageStartingWith("baseUrl: ").hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> MistralClient.builder().apiKey("k").baseUrl("ftp://alice:" + PASSWORD + "@host")
                .options()).hasMessageStartingWith("baseUrl: ").hasMessageNotContaining(PASSWORD);
    }

    @Test
    void signedUrlsPrintWithoutTheirSignature() {
        SignedUrl url = new SignedUrl("https://files.example.test/f/abc?expires=1700000000&signature=" + PASSWORD);

        assertThat(url.toString()).isEqualTo("SignedUrl[https://files.example.test/f/abc?[redacted]]");
        assertThat(url.url()).endsWith(PASSWORD);
        assertThat(new SignedUrl("not a url at all " + PASSWORD).toString()).doesNotContain(PASSWORD);
        assertThat(new SignedUrl("https://u:" + PASSWORD + "@h/p#frag").toString())
                .isEqualTo("SignedUrl[https://[redacted]@h/p]");
    }

    @Test
    void credentialsInTextAreMasked() {
        assertThat(Redaction.credentials("Invalid header Authorization: Bearer sk-live-123\nnext line"))
                .isEqualTo("Invalid header Authorization: [redacted]\nnext line");
        assertThat(Redaction.credentials("{\"headers\":{\"authorization\":\"Bearer sk-live-123\",\"x\":1}}"))
                .isEqualTo("{\"headers\":{\"authorization\":\"[redacted]\",\"x\":1}}");
        assertThat(Redaction.credentials("token bearer sk-live-123 was refused"))
                .isEqualTo("token bearer [redacted] was refused");
        assertThat(Redaction.credentials("x-api-key=abc123&other=1")).isEqualTo("x-api-key=[redacted]&other=1");
        assertThat(Redaction.credentials("{\"param\":\"api_key\",\"message\":\"Invalid model\"}"))
                .isEqualTo("{\"param\":\"api_key\",\"message\":\"Invalid model\"}");
        assertThat(Redaction.credentials("{\"url\":\"https://h/f?expires=1&X-Amz-Signature=abc&signature=def\"}"))
                .isEqualTo("{\"url\":\"https://h/f?expires=1&X-Amz-Signature=[redacted]&signature=[redacted]\"}");
        assertThat(Redaction.credentials("design=a&sig=b")).isEqualTo("design=a&sig=[redacted]");
        assertThat(Redaction.credentials("{\"credentials\":{\"bearer_token\":\"b1\",\"oauth\":{\"access_token\":\"a2\","
                + "\"refresh_token\":\"r3\"}},\"auth_data\":{\"client_id\":\"id\",\"client_secret\":\"s4\"}}"))
                .isEqualTo("{\"credentials\":{\"bearer_token\":\"[redacted]\",\"oauth\":{\"access_token\":\"[redacted]\","
                        + "\"refresh_token\":\"[redacted]\"}},\"auth_data\":{\"client_id\":\"id\",\"client_secret\":\"[redacted]\"}}");
        assertThat(Redaction.credentials(null)).isNull();
    }
}
