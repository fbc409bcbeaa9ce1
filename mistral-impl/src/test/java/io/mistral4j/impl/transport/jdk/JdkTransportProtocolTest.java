package io.mistral4j.impl.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Plain HTTP is HTTP/1.1 on one kept-alive connection, without the h2c upgrade the JDK offers by default. */
class JdkTransportProtocolTest {

    @Test
    void plainHttpRequestsOfferNoUpgradeAndShareTheirConnection() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.answering();
             HttpTransport transport = new JdkHttpTransportProvider().create(new TransportConfig(Duration.ofSeconds(5),
                     Duration.ofSeconds(5), 4, null, null))) {
            for (String path : List.of("/v1/models", "/v1/chat/completions")) {
                try (TransportResponse response = transport.send(new TransportRequest("GET", server.uri(path),
                        Headers.empty(), null, Duration.ofSeconds(5), false))) {
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(response.body().readAllBytes()).asString().isEqualTo(KeepAliveServer.BODY);
                }
            }

            List<String> heads = server.requestHeads();
            assertThat(heads).hasSize(2);
            assertThat(heads.get(0)).startsWith("GET /v1/models HTTP/1.1\n");
            assertThat(heads.get(1)).startsWith("GET /v1/chat/completions HTTP/1.1\n");
            for (String head : heads) {
                String lower = head.toLowerCase(Locale.ROOT);
                assertThat(lower).doesNotContain("upgrade").doesNotContain("http2-settings");
            }
            assertThat(server.acceptedConnections()).isOne();
        }
    }
}
