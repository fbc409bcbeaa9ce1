package io.mistral4j.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;

/**
 * Closing a body before its end drops the connection, also where cancelling HttpClient's
 * future does not reach the exchange: an exchange that leased a pooled connection at once.
 * Each test first leaves the only connection in the pool, so that the next exchange leases it.
 */
class HttpClient5EarlyCloseTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void closingABodyEarlyDropsTheConnectionWhileTheServerIsSilent() throws Exception {
        try (UnfinishedBodyServer server = new UnfinishedBodyServer();
             HttpTransport transport = HttpClient5Transport.create(
                     new TransportConfig(Duration.ofSeconds(5), WAIT, 1, null, null))) {
            assertThat(small(transport, server)).isEqualTo("ok");
            TransportResponse silent = transport.send(get(server, "/silent", true));
            assertThat(silent.body().read(new byte[1024])).isPositive();
            silent.close();
            assertThat(server.unfinishedClosed.get(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(small(transport, server)).as("the single connection is free again").isEqualTo("ok");
        }
    }

    /**
     * On a client of the user's own, the transport cannot reach the exchange's runtime. Once
     * the client stopped reading because the body buffer is full, closing the body must still
     * end the connection.
     */
    @Test
    void closingABodyEarlyOnTheUsersClientDropsTheConnectionOnceTheClientStoppedReading() throws Exception {
        CloseableHttpAsyncClient mine = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(1).setMaxConnPerRoute(1).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
        try (UnfinishedBodyServer server = new UnfinishedBodyServer();
             HttpTransport transport = HttpClient5Transport.builder().client(mine).readTimeout(WAIT).build()) {
            assertThat(small(transport, server)).isEqualTo("ok");
            TransportResponse endless = transport.send(get(server, "/endless", true));
            assertThat(endless.body().readNBytes(16 * 1024)).hasSize(16 * 1024);
            server.awaitEndlessStalled();
            endless.close();
            assertThat(server.unfinishedClosed.get(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(small(transport, server)).as("the single connection is free again").isEqualTo("ok");
        } finally {
            mine.close(CloseMode.GRACEFUL);   // lets the I/O threads end on their own: no ClosedSelectorException in the log
        }
    }

    private static String small(HttpTransport transport, UnfinishedBodyServer server) throws Exception {
        try (TransportResponse response = transport.send(get(server, "/small", false))) {
            return new String(response.body().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static TransportRequest get(UnfinishedBodyServer server, String path, boolean streaming) {
        return new TransportRequest("GET", server.uri(path), null, null, WAIT, streaming);
    }
}
