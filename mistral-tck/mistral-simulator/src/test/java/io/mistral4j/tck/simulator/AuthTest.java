package io.mistral4j.tck.simulator;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class AuthTest {

    private static final String UNAUTHORIZED =
            "{\"object\":\"error\",\"message\":\"Unauthorized\",\"type\":\"unauthorized\",\"param\":null,\"code\":\"1002\"}";

    @Test
    void missingKeyIs401WithTheDocumentedBody() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            TestHttp.Response r = TestHttp.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/models")).build());

            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(UNAUTHORIZED);
        }
    }

    @Test
    void blankKeyAndOtherSchemesAreRejected() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            assertThat(withAuthorization(sim, "Bearer ").status()).isEqualTo(401);
            assertThat(withAuthorization(sim, "Bearer    ").status()).isEqualTo(401);
            assertThat(withAuthorization(sim, "Basic dXNlcjpwYXNz").status()).isEqualTo(401);
            assertThat(withAuthorization(sim, "anything").status()).isEqualTo(401);
            assertThat(withAuthorization(sim, "Bearer any-key").status()).isEqualTo(200);
            assertThat(withAuthorization(sim, "bearer any-key").status()).isEqualTo(200);
        }
    }

    @Test
    void configuredKeyIsTheOnlyOneAccepted() {
        try (MistralSimulator sim = MistralSimulator.builder().apiKey("s3cret").start()) {
            TestHttp.Response wrong = withAuthorization(sim, "Bearer not-it");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).isEqualTo(UNAUTHORIZED);

            assertThat(withAuthorization(sim, "Bearer s3cret").status()).isEqualTo(200);
        }
    }

    @Test
    void authIsCheckedBeforeValidationOnChat() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            TestHttp.Response r = TestHttp.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString("not json")).build());

            assertThat(r.status()).isEqualTo(401);
            assertThat(sim.requests()).hasSize(1); // rejected calls are recorded too
        }
    }

    private static TestHttp.Response withAuthorization(MistralSimulator sim, String value) {
        return TestHttp.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/models"))
                .header("Authorization", value).build());
    }
}
