package io.mistral4j.impl.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code maxConnections} on the JDK client, which has no limit of its own, and the causes its failures name. */
class JdkTransportLimitsAndFailuresTest {

    private static TransportConfig config(Duration connect, Duration read, int maxConnections) {
        return new TransportConfig(connect, read, maxConnections, null, null);
    }

    private static TransportRequest get(URI uri) {
        return new TransportRequest("GET", uri, Headers.empty(), null, Duration.ofSeconds(10), false);
    }

    /** A stream: unlike a small answer, which is received whole, it holds its connection until read or closed. */
    private static TransportRequest held(URI uri) {
        return new TransportRequest("GET", uri, Headers.empty(), null, Duration.ofSeconds(10), true);
    }

    private static String text(TransportResponse response) throws IOException {
        try (response) {
            return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void oneConnectionServesConcurrentCallsOneAfterTheOther() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (KeepAliveServer server = KeepAliveServer.answering();
             HttpTransport transport = new JdkHttpTransportProvider().create(
                     config(Duration.ofSeconds(5), Duration.ofSeconds(10), 1))) {
            List<Future<String>> sync = new ArrayList<>();
            List<CompletableFuture<String>> async = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sync.add(callers.submit(() -> text(transport.send(get(server.uri("/sync"))))));
                async.add(transport.sendAsync(get(server.uri("/async"))).thenApply(response -> {
                    try {
                        return text(response);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<String> answer : sync) {
                assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(KeepAliveServer.BODY);
            }
            for (CompletableFuture<String> answer : async) {
                assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(KeepAliveServer.BODY);
            }

            assertThat(server.mostOpenAtOnce()).as("connections open at once with maxConnections(1)").isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aCallWaitsForTheHeldConnectionAndGivesUpWithATypedTimeout() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.answering();
             HttpTransport transport = new JdkHttpTransportProvider().create(
                     config(Duration.ofMillis(200), Duration.ofMillis(300), 1))) {
            TransportResponse held = transport.send(held(server.uri("/held")));

            assertThatThrownBy(() -> transport.send(get(server.uri("/second"))))
                    .isInstanceOfSatisfying(MistralTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.CONNECT))
                    .hasMessageContaining("maxConnections 1");
            CompletableFuture<TransportResponse> waiting = transport.sendAsync(get(server.uri("/third")));
            assertThat(waiting).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(Exception.class)
                    .havingRootCause().isInstanceOf(MistralTimeoutException.class);

            held.close();
            assertThat(text(transport.send(get(server.uri("/after"))))).isEqualTo(KeepAliveServer.BODY);
        }
    }

    @Test
    void aCallGivenUpWhileWaitingForTheConnectionLeavesItFree() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.answering();
             HttpTransport transport = new JdkHttpTransportProvider().create(
                     config(Duration.ofSeconds(1), Duration.ofSeconds(2), 1))) {
            TransportResponse held = transport.send(held(server.uri("/held")));
            CompletableFuture<TransportResponse> givenUp = transport.sendAsync(get(server.uri("/given-up")));

            givenUp.cancel(false);
            held.close();

            assertThat(text(transport.send(get(server.uri("/after"))))).as("the only connection, free again")
                    .isEqualTo(KeepAliveServer.BODY);
        }
    }

    @Test
    void closingTheTransportFailsTheCallsWaitingForAConnection() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.answering()) {
            HttpTransport transport = new JdkHttpTransportProvider().create(
                    config(Duration.ofSeconds(5), Duration.ofSeconds(30), 1));
            TransportResponse held = transport.send(held(server.uri("/held")));
            CompletableFuture<TransportResponse> waiting = transport.sendAsync(get(server.uri("/waiting")));

            transport.close();

            assertThat(waiting).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(Exception.class)
                    .havingRootCause().isInstanceOf(MistralConnectionException.class).withMessageContaining("closed");
            held.close();
        }
    }

    @Test
    void aRefusedConnectionSaysSo() throws Exception {
        int port;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = unused.getLocalPort();
        }
        try (HttpTransport transport = new JdkHttpTransportProvider().create(TransportConfig.defaults())) {
            assertThatThrownBy(() -> transport.send(get(URI.create("http://127.0.0.1:" + port + "/v1/models"))))
                    .isExactlyInstanceOf(MistralConnectionException.class)
                    .hasMessageContaining("connection refused by 127.0.0.1:" + port);
        }
    }

    @Test
    void aRefusedTlsHandshakeFailsAndSaysSo() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             HttpTransport transport = new JdkHttpTransportProvider().create(TransportConfig.defaults())) {
            Thread answersInPlainText = new Thread(() -> {
                // Reads the client's hello and refuses it with a fatal handshake_failure alert, as a
                // server does that shares no protocol version or cipher with the client.
                try (Socket connection = plain.accept()) {
                    connection.getInputStream().read();
                    connection.getOutputStream().write(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28});
                    connection.getOutputStream().flush();
                    while (connection.getInputStream().read() >= 0) {
                        // until the client closes
                    }
                } catch (IOException ignored) {
                    // the client gave up
                }
            });
            answersInPlainText.setDaemon(true);
            answersInPlainText.start();
            URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/v1/models");

            assertThatThrownBy(() -> transport.send(get(https)))
                    .isExactlyInstanceOf(MistralConnectionException.class)
                    .hasMessageContaining("TLS")
                    .hasMessageContaining("127.0.0.1:" + plain.getLocalPort());
        }
    }

    @Test
    void aServerThatNeverAnswersIsAResponseTimeout() throws Exception {
        try (KeepAliveServer silent = KeepAliveServer.silent();
             HttpTransport transport = new JdkHttpTransportProvider().create(TransportConfig.defaults())) {
            TransportRequest request = getWithin300Ms(silent);

            assertThatThrownBy(() -> transport.send(request))
                    .isInstanceOfSatisfying(MistralTimeoutException.class,
                            JdkTransportLimitsAndFailuresTest::ofKindResponse)
                    .hasMessageContaining("response timeout");
        }
    }

    @Test
    void aServerThatNeverAnswersIsAResponseTimeoutForAnAsyncCallAsWell() throws Exception {
        try (KeepAliveServer silent = KeepAliveServer.silent();
             HttpTransport transport = new JdkHttpTransportProvider().create(TransportConfig.defaults())) {
            TransportRequest request = getWithin300Ms(silent);
            long started = System.nanoTime();

            assertThatThrownBy(() -> transport.sendAsync(request).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(MistralTimeoutException.class,
                            JdkTransportLimitsAndFailuresTest::ofKindResponse)
                    .hasMessageContaining("response timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("when the failure came")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(5));
        }
    }

    /** A GET of {@code /v1/models} whose answer must begin within 300 ms. */
    private static TransportRequest getWithin300Ms(KeepAliveServer server) {
        return new TransportRequest("GET", server.uri("/v1/models"), Headers.empty(), null, Duration.ofMillis(300),
                false);
    }

    private static void ofKindResponse(MistralTimeoutException timeout) {
        assertThat(timeout.kind()).isEqualTo(MistralTimeoutException.Kind.RESPONSE);
    }

    @Test
    void aStreamWhoseHeadersCameInTimeMayOutlastTheResponseTimeout() throws Exception {
        byte[] event = "data: {}\n\n".getBytes(StandardCharsets.US_ASCII);
        int events = 8;
        try (KeepAliveServer slow = KeepAliveServer.scripted(out -> {
                 out.write(KeepAliveServer.head("text/event-stream", (long) event.length * events));
                 out.flush();
                 for (int i = 0; i < events; i++) {
                     Thread.sleep(100);
                     out.write(event);
                     out.flush();
                 }
             });
             HttpTransport transport = new JdkHttpTransportProvider().create(TransportConfig.defaults())) {
            TransportRequest request = new TransportRequest("GET", slow.uri("/v1/stream"), Headers.empty(), null,
                    Duration.ofMillis(300), true);

            try (TransportResponse response = transport.send(request)) {
                assertThat(response.body().readAllBytes()).as("800 ms of events after a response timeout of 300 ms")
                        .hasSize(event.length * events);
            }
        }
    }

    @Test
    void anUnknownHostIsNamedAsSuch() {
        // what the JDK client throws for a name that does not resolve; resolving one here would leave loopback
        ConnectException thrown = new ConnectException();
        thrown.initCause(new ConnectException().initCause(new UnresolvedAddressException()));
        TransportRequest request = get(URI.create("https://api.example.invalid/v1/models"));

        assertThat(JdkFailures.of(request, thrown)).isExactlyInstanceOf(MistralConnectionException.class)
                .hasMessageStartingWith("unknown host api.example.invalid").hasCause(thrown);
    }

    @Test
    void anUnrecognisedFailureStillNamesItsDeepestCause() {
        IOException thrown = new IOException("wrapped", new IOException("connection reset by peer"));

        assertThat(JdkFailures.of(get(URI.create("http://127.0.0.1:1/x")), thrown))
                .hasMessageContaining("connection reset by peer");
    }
}
