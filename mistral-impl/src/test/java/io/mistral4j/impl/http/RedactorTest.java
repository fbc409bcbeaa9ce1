package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.ApiKey;
import io.mistral4j.ClientOptions;
import io.mistral4j.spi.AuthProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the TRACE logs get of a body: the key hidden wherever it is, very long bodies cut. */
class RedactorTest {

    private static final String KEY = "sk-redactor-7f6e5d4c";

    private static ClientOptions options(ApiKey key) {
        return new ClientOptions(key, URI.create("https://api.example.test"), Duration.ofSeconds(5), null, null, null,
                null, key == null ? request -> io.mistral4j.Headers.empty() : AuthProvider.bearer(key), List.of());
    }

    @Test
    void hidesEveryOccurrenceOfTheKey() {
        Redactor redactor = Redactor.of(options(ApiKey.of(KEY)));

        assertThat(redactor.redact("{\"content\":\"my key is " + KEY + "\",\"again\":\"" + KEY + "\"}"))
                .isEqualTo("{\"content\":\"my key is [redacted]\",\"again\":\"[redacted]\"}");
    }

    @Test
    void withoutAKeyTextIsLeftAsItIs() {
        assertThat(Redactor.of(options(null)).redact("{\"a\":1}")).isEqualTo("{\"a\":1}");
        assertThat(Redactor.none().redact(null)).isNull();
    }

    @Test
    void cutsVeryLongBodiesAfterHidingTheKey() {
        String body = "x".repeat(Redactor.MAX_LOGGED_CHARS - 3) + KEY + "y".repeat(100);

        String logged = Redactor.of(options(ApiKey.of(KEY))).redact(body);

        assertThat(logged).doesNotContain(KEY).startsWith("xxx").contains("[re")
                .endsWith("... (" + (body.length() - KEY.length() + Redactor.MASK.length()
                        - Redactor.MAX_LOGGED_CHARS) + " more chars)");
    }

    @Test
    void itsOwnDescriptionNeverShowsTheKey() {
        assertThat(Redactor.of(options(ApiKey.of(KEY))).toString()).doesNotContain(KEY);
    }

    @Test
    void hidesEchoedCredentialsAndUserInformation() {
        Redactor redactor = Redactor.of(options(ApiKey.of(KEY)));

        assertThat(redactor.hide("Authorization: Bearer sk-other-1234\nok")).isEqualTo("Authorization: [redacted]\nok");
        assertThat(redactor.hide("x".repeat(Redactor.MAX_LOGGED_CHARS + 10))).hasSize(Redactor.MAX_LOGGED_CHARS + 10);
        assertThat(redactor.uri(URI.create("https://bob:pa55@api.example.test/v1/models?q=" + KEY)))
                .isEqualTo("https://[redacted]@api.example.test/v1/models?q=[redacted]");
    }
}
