package io.mistral4j.impl.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Closing the JDK transport releases the client's selector thread, the transport's own threads
 * and the kept-alive connections. Java 21 and later do it at once ({@code shutdownNow()}); on
 * Java 17 the client ends once unreachable, so there the wait asks for garbage collections, as
 * an application's heap eventually does.
 */
class JdkTransportCloseTest {

    private static final int CLIENTS = 20;
    private static final boolean COLLECTION_NEEDED = Runtime.version().feature() < 21;

    @Test
    void twentyClosedTransportsLeaveNoThreadNorConnection(TestReporter reporter) throws Exception {
        List<String> threadsBefore = transportThreads();
        try (KeepAliveServer server = KeepAliveServer.answering()) {
            for (int i = 0; i < CLIENTS; i++) {
                HttpTransport transport = new JdkHttpTransportProvider().create(TransportConfig.defaults());
                try (TransportResponse response = transport.send(get(server))) {
                    assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
                            .isEqualTo(KeepAliveServer.BODY);
                }
                transport.close();
            }
            assertThat(server.acceptedConnections()).as("one kept-alive connection per client").isEqualTo(CLIENTS);
            // what close() alone leaves, before any garbage collection (the README quotes it)
            reporter.publishEntry("openConnectionsRightAfterClose", String.valueOf(server.openConnections()));
            reporter.publishEntry("threadsRightAfterClose",
                    String.valueOf(transportThreads().size() - threadsBefore.size()));

            long closed = System.nanoTime();
            long deadline = closed + TimeUnit.SECONDS.toNanos(20);
            while ((server.openConnections() > 0 || transportThreads().size() > threadsBefore.size())
                    && System.nanoTime() < deadline) {
                if (COLLECTION_NEEDED) {
                    System.gc();
                }
                Thread.sleep(100);
            }

            reporter.publishEntry("millisUntilReleased", String.valueOf((System.nanoTime() - closed) / 1_000_000));
            assertThat(server.openConnections()).as("connections the server still has open").isZero();
            assertThat(transportThreads()).as("selector and transport threads").hasSameSizeAs(threadsBefore);
        }
    }

    private static TransportRequest get(KeepAliveServer server) {
        return new TransportRequest("GET", server.uri("/v1/models"), Headers.empty(), null, Duration.ofSeconds(10),
                false);
    }

    /** The JDK client's selector threads and this transport's own threads. */
    private static List<String> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.matches("HttpClient-\\d+-SelectorManager") || name.startsWith("mistral4j-jdk-"))
                .collect(Collectors.toList());
    }
}
