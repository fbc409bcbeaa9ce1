package io.mistral4j.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.ServiceError;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small rules: settings from the environment, what {@code url.full} may show, and the error types reported. */
class SettingsAndUrlsTest {

    @Test
    void settingsAreOffUnlessSetToTrueAndAPropertyWinsOverTheEnvironment() {
        assertThat(TelemetrySettings.from(name -> null, name -> null)).isEqualTo(TelemetrySettings.DEFAULTS);

        Map<String, String> environment = Map.of(TelemetrySettings.CAPTURE_CONTENT_VARIABLE, "TRUE",
                TelemetrySettings.PROPAGATE_VARIABLE, "true");
        assertThat(TelemetrySettings.from(name -> null, environment::get))
                .isEqualTo(new TelemetrySettings(true, true));

        Map<String, String> properties = Map.of(TelemetrySettings.CAPTURE_CONTENT_PROPERTY, "false",
                TelemetrySettings.PROPAGATE_PROPERTY, "yes");
        assertThat(TelemetrySettings.from(properties::get, environment::get))
                .isEqualTo(new TelemetrySettings(false, false));
    }

    @Test
    void urlFullKeepsTheAddressPathAndQueryButNoCredentials() {
        assertThat(UrlSanitizer.sanitize(URI.create("https://api.mistral.ai/v1/agents/pages?page_size=5&name=a%20b")))
                .isEqualTo("https://api.mistral.ai/v1/agents/pages?page_size=5&name=a%20b");
        assertThat(UrlSanitizer.sanitize(URI.create("https://user:secret@proxy.test:8443/v1/files?sig=abc&x=1")))
                .isEqualTo("https://REDACTED:REDACTED@proxy.test:8443/v1/files?sig=REDACTED&x=1");
        assertThat(UrlSanitizer.sanitize(URI.create(
                "https://files.test/f?X-Amz-Signature=s1&X-Amz-Credential=c1&api_key=k1&Key=k2&flag")))
                .isEqualTo("https://files.test/f?X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED"
                        + "&api_key=REDACTED&Key=REDACTED&flag");
    }

    @Test
    void errorTypesAreTheStatusTimeoutOrTheExceptionClass() {
        MistralServiceException tooMany = MistralServiceException.of(new ServiceError(429, Headers.empty(), "{}",
                null, null, "POST /v1/chat/completions"));

        assertThat(ErrorTypes.of(tooMany)).isEqualTo("429");
        assertThat(ErrorTypes.of(new MistralTimeoutException(MistralTimeoutException.Kind.IDLE, "read timed out",
                null))).isEqualTo("timeout");
        assertThat(ErrorTypes.of(new MistralConnectionException("refused", null)))
                .isEqualTo("io.mistral4j.errors.MistralConnectionException");
    }
}
