package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON answer read to its declared length gives its connection back for the next call on
 * every transport. A client that closed the body as soon as it had the declared bytes, before
 * the transport saw the body end, would cancel an exchange whose connection may already be back
 * in the pool: here that shows as new connections, and in production as another call failing
 * with "connection closed locally".
 */
@Timeout(60)
class JsonConnectionReuseTest {

    private static final int CALLS = 300;
    /** Connections a pool may open beyond the first, e.g. when a wait on a loaded machine runs out. */
    private static final int SPARE = 2;

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient5", "netty"})
    void answersShareOneConnection(String transport) {
        try (ClientFixture fixture = new ClientFixture(transport)) {
            MisbehavingServer server = fixture.server();
            server.always(Behaviours.json(200, Payloads.CHAT_COMPLETION));
            MistralClient client = fixture.client(settings -> settings);

            for (int i = 0; i < CALLS; i++) {
                assertThat(client.chat().complete(ClientFixture.chatRequest()).text()).as("answer %d", i).isNotEmpty();
            }

            assertThat(server.requestCount()).isEqualTo(CALLS);
            assertThat(server.acceptedConnections()).as("connections for %d calls on %s", CALLS, transport)
                    .isLessThanOrEqualTo(1 + SPARE);
        }
    }
}
