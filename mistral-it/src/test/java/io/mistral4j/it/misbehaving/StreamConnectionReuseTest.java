package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream read to its {@code [DONE]} gives its connection back for the next call on every
 * transport, even when the body's terminating chunk comes a little after {@code [DONE]}: a
 * client that closed the body at {@code [DONE]} would open a new connection per stream.
 */
@Timeout(60)
class StreamConnectionReuseTest {

    private static final int STREAMS = 100;
    /** Connections a pool may open beyond the first, e.g. when a wait on a loaded machine runs out. */
    private static final int SPARE = 2;

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient5", "netty"})
    void streamsShareOneConnection(String transport) {
        try (ClientFixture fixture = new ClientFixture(transport)) {
            MisbehavingServer server = fixture.server();
            server.always(Behaviours.sseStreamEndingLater(5, Payloads.chunkEvent("Leonardo"),
                    Payloads.chunkEvent(" da Vinci.")));
            MistralClient client = fixture.client(settings -> settings);

            for (int i = 0; i < STREAMS; i++) {
                assertThat(ClientFixture.drain(client.chat().stream(ClientFixture.chatRequest())))
                        .as("events of stream %d", i).isEqualTo(2);
            }

            assertThat(server.requestCount()).isEqualTo(STREAMS);
            assertThat(server.acceptedConnections()).as("connections for %d streams on %s", STREAMS, transport)
                    .isLessThanOrEqualTo(1 + SPARE);
        }
    }
}
