package io.mistral4j.impl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.ApiKey;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.Headers;
import io.mistral4j.RequestOptions;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.AuthProvider;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AuthStageTest {

    private final List<TransportRequest> seen = new ArrayList<>();
    private final CallStage recorder = new CallStage() {
        @Override
        public TransportResponse send(ApiCall call, TransportRequest request) {
            seen.add(request);
            return null;
        }

        @Override
        public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
            seen.add(request);
            return CompletableFuture.completedFuture(null);
        }
    };
    private final AuthStage stage = new AuthStage(recorder, AuthProvider.bearer(ApiKey.of("sk-secret")),
            URI.create("https://api.mistral.ai"));
    private final ApiCall call = new ApiCall("files.download", null, "GET", "/x", null, null, false, null,
            RequestOptions.none());

    private String authorizationSentTo(String uri) {
        seen.clear();
        stage.send(call, new TransportRequest("GET", URI.create(uri), Headers.empty(), null, null, false));
        return seen.get(0).headers().first("Authorization").orElse(null);
    }

    @Test
    void theKeyGoesToTheBaseUrlHost() {
        assertThat(authorizationSentTo("https://api.mistral.ai/v1/models")).isEqualTo("Bearer sk-secret");
        assertThat(authorizationSentTo("https://API.MISTRAL.AI:443/v1/models")).isEqualTo("Bearer sk-secret");
    }

    @Test
    void theKeyNeverGoesElsewhere() {
        assertThat(authorizationSentTo("https://storage.example.com/signed?sig=abc")).isNull();
        assertThat(authorizationSentTo("http://api.mistral.ai/v1/models")).as("other scheme").isNull();
        assertThat(authorizationSentTo("https://api.mistral.ai:8443/v1/models")).as("other port").isNull();
        assertThat(authorizationSentTo("https://api.mistral.ai.evil.test/v1")).as("suffix host").isNull();
    }

    @Test
    void replacesAnAuthorizationHeaderTheCallerSet() {
        seen.clear();
        stage.send(call, new TransportRequest("GET", URI.create("https://api.mistral.ai/v1/models"),
                Headers.builder().set("authorization", "Bearer other").build(), null, null, false));
        assertThat(seen.get(0).headers().all("Authorization")).containsExactly("Bearer sk-secret");
    }
}
