package io.mistral4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder of a transport request: required method and URI, defaults for the rest. */
class TransportRequestTest {

    private static final URI URL = URI.create("https://api.mistral.ai/v1/models");

    @Test
    void defaultsToNoHeadersNoBodyNoTimeoutAndNoStreaming() {
        TransportRequest request = TransportRequest.builder().method("GET").uri(URL).build();

        assertThat(request).isEqualTo(new TransportRequest("GET", URL, Headers.empty(), null, null, false));
        assertThat(request.bodyIfAny()).isEmpty();
    }

    @Test
    void carriesEverySetting() {
        TransportRequest request = TransportRequest.builder().method("POST").uri(URL)
                .headers(Headers.of(Map.of("Accept", List.of("text/event-stream")))).responseTimeout(Duration.ofSeconds(3))
                .streaming(true).build();

        assertThat(request.headers().first("accept")).contains("text/event-stream");
        assertThat(request.responseTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(request.streaming()).isTrue();
    }

    @Test
    void methodAndUriAreRequired() {
        assertThatThrownBy(() -> TransportRequest.builder().uri(URL).build()).hasMessageContaining("method");
        assertThatThrownBy(() -> TransportRequest.builder().method("GET").build()).hasMessageContaining("uri");
    }
}
