package io.mistral4j.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import io.mistral4j.tck.transport.TestCertificateAuthority;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** HTTP/2 on the Netty transport against a Netty HTTP/2 server on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NettyHttp2Test {

    private TestCertificateAuthority authority;
    private SSLContext serverTls;

    @BeforeAll
    void certificates() {
        authority = TestCertificateAuthority.create("Mistral4J HTTP/2 test CA");
        serverTls = authority.issue("127.0.0.1", List.of("127.0.0.1"), List.of()).serverContext();
    }

    @Test
    void h2IsNegotiatedOverTlsAndItsStreamsShareTheConnection() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "h2", "http/1.1");
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            try (TransportResponse hello = transport.send(get(server.uri("/hello")))) {
                assertThat(hello.statusCode()).isEqualTo(200);
                assertThat(hello.headers().first("x-protocol")).contains("HTTP/2");
                assertThat(text(hello)).isEqualTo("hello");
                assertThat(hello.headers().asMap().keySet()).as("headers the translation adds are not the server's")
                        .noneMatch(name -> name.toLowerCase().startsWith("x-http2-")
                                || name.equalsIgnoreCase("transfer-encoding"));
            }
            byte[] upload = new byte[300_000];
            RequestBody streamed = new RequestBody() {
                @Override
                public String contentType() {
                    return "application/octet-stream";
                }

                @Override
                public long contentLength() {
                    return -1;
                }

                @Override
                public InputStream openStream() {
                    return new ByteArrayInputStream(upload);
                }
            };
            try (TransportResponse echo = transport.send(TransportRequest.builder().method("POST")
                    .uri(server.uri("/echo")).body(streamed).build())) {
                assertThat(text(echo)).as("a request body of unknown length is streamed as DATA frames")
                        .isEqualTo("received 300000");
            }
            assertThat(server.connections).hasValue(1);
        }
    }

    @Test
    void h2cIsSpokenWithPriorKnowledgeWhenAsked() throws Exception {
        try (Http2TestServer server = Http2TestServer.cleartext();
             NettyTransport transport = NettyTransport.builder().config(config(null, Duration.ofSeconds(10)))
                     .httpVersion(HttpVersionPolicy.HTTP_2_PRIOR_KNOWLEDGE).build()) {
            for (int i = 0; i < 3; i++) {
                try (TransportResponse hello = transport.send(get(server.uri("/hello")))) {
                    assertThat(hello.headers().first("x-protocol")).contains("HTTP/2");
                    assertThat(text(hello)).isEqualTo("hello");
                }
            }
            assertThat(server.connections).hasValue(1);
        }
    }

    @Test
    void sixtyFourConcurrentStreamsShareOneConnection() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "h2", "http/1.1");
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            // every request is held until all 64 have arrived: they can only pass if they are open at once
            List<CompletableFuture<TransportResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(transport.sendAsync(get(server.uri("/gate?parties=64"))));
            }
            List<String> connections = new ArrayList<>();
            for (CompletableFuture<TransportResponse> answer : answers) {
                try (TransportResponse response = answer.get(30, TimeUnit.SECONDS)) {
                    assertThat(text(response)).isEqualTo("through the gate");
                    connections.add(response.headers().first("x-connection").orElseThrow());
                }
            }
            assertThat(connections.stream().distinct().collect(Collectors.toList())).hasSize(1);
            assertThat(server.connections).hasValue(1);
            assertThat(server.mostOpenStreams.get()).isEqualTo(64);
        }
    }

    @Test
    void streamsBeyondTheServersLimitWaitForAFreeOne() throws Exception {
        try (Http2TestServer server = Http2TestServer.tlsWithStreamLimit(serverTls, 4);
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            transport.send(get(server.uri("/hello"))).close();   // the server's SETTINGS are known from here on
            List<CompletableFuture<TransportResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(transport.sendAsync(get(server.uri("/slow"))));
            }
            for (CompletableFuture<TransportResponse> answer : answers) {
                try (TransportResponse response = answer.get(30, TimeUnit.SECONDS)) {
                    assertThat(text(response)).isEqualTo("slow");
                }
            }
            assertThat(server.mostOpenStreams.get()).isBetween(1, 4);
            assertThat(server.connections).hasValue(1);
        }
    }

    @Test
    void http1IsSpokenWhenTheServersAlpnDoesNotOfferH2() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "http/1.1");
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            List<CompletableFuture<TransportResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(transport.sendAsync(get(server.uri("/hello"))));
            }
            for (CompletableFuture<TransportResponse> answer : answers) {
                try (TransportResponse response = answer.get(30, TimeUnit.SECONDS)) {
                    assertThat(response.headers().first("x-protocol")).contains("HTTP/1.1");
                    assertThat(text(response)).isEqualTo("received 0");
                }
            }
            try (TransportResponse again = transport.send(get(server.uri("/hello")))) {
                assertThat(again.headers().first("x-protocol")).contains("HTTP/1.1");
                text(again);
            }
        }
    }

    @Test
    void http1OnlyNeverOffersH2() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "h2", "http/1.1");
             NettyTransport transport = secureTransport(HttpVersionPolicy.HTTP_1_1, Duration.ofSeconds(10))) {
            try (TransportResponse response = transport.send(get(server.uri("/hello")))) {
                assertThat(response.headers().first("x-protocol")).contains("HTTP/1.1");
                text(response);
            }
        }
    }

    @Test
    void closingAStreamMidBodyResetsOnlyThatStream() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "h2");
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            TransportResponse endless = transport.send(get(server.uri("/events?count=100000&pauseMs=5")));
            TransportResponse finite = transport.send(get(server.uri("/events?count=40&pauseMs=5")));
            byte[] some = endless.body().readNBytes(40);
            assertThat(new String(some, StandardCharsets.UTF_8)).startsWith("data: {\"n\":0}");
            endless.close();
            assertThat(server.awaitReset(10_000)).as("closing the body early must reset its stream").isTrue();
            assertThat(server.resets).hasSize(1);
            try (finite) {
                String events = text(finite);
                assertThat(events).contains("data: {\"n\":39}").endsWith("data: [DONE]\n\n");
            }
            try (TransportResponse after = transport.send(get(server.uri("/hello")))) {
                assertThat(text(after)).isEqualTo("hello");
            }
            assertThat(server.connections).as("the reset left the connection in use").hasValue(1);
        }
    }

    @Test
    void aReaderThatDoesNotReadHoldsTheServerBackWithFlowControl() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "h2");
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            try (TransportResponse bulk = transport.send(get(server.uri("/bulk?mb=16")))) {
                long ahead = settled(server.bulkWritten::get);
                assertThat(ahead).as("bytes the server got to send before the reader read anything")
                        .isLessThan(4L * 1024 * 1024);
                long total = 0;
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = bulk.body().read(buffer)) >= 0) {
                    total += read;
                }
                assertThat(total).isEqualTo(16L * 1024 * 1024);
            }
        }
    }

    @Test
    void aSilentStreamTimesOutAndTheConnectionLivesOn() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "h2");
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofMillis(300))) {
            try (TransportResponse silent = transport.send(get(server.uri("/silent")))) {
                assertThatThrownBy(() -> silent.body().read())
                        .isInstanceOf(SocketTimeoutException.class)
                        .hasCauseInstanceOf(MistralTimeoutException.class);
            }
            assertThat(server.awaitReset(10_000)).as("the timed-out stream is reset").isTrue();
            try (TransportResponse after = transport.send(get(server.uri("/hello")))) {
                assertThat(text(after)).isEqualTo("hello");
            }
            assertThat(server.connections).hasValue(1);
        }
    }

    @Test
    void aLostConnectionFailsItsOpenStreamsAsAConnectionFailure() throws Exception {
        Http2TestServer server = Http2TestServer.tls(serverTls, "h2");
        URI hello = server.uri("/hello");
        try (NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            TransportResponse endless = transport.send(get(server.uri("/events?count=100000&pauseMs=5")));
            endless.body().readNBytes(20);
            server.close();
            assertThatThrownBy(() -> endless.body().transferTo(OutputStream.nullOutputStream()))
                    .isInstanceOf(IOException.class);
            endless.close();
            assertThatThrownBy(() -> transport.send(get(hello)))
                    .isInstanceOf(io.mistral4j.errors.MistralConnectionException.class);
        }
    }

    @Test
    void aStreamTheServerResetsFailsSayingSoAndTheConnectionLivesOn() throws Exception {
        try (Http2TestServer server = Http2TestServer.tls(serverTls, "h2");
             NettyTransport transport = secureTransport(HttpVersionPolicy.NEGOTIATE, Duration.ofSeconds(10))) {
            try (TransportResponse reset = transport.send(get(server.uri("/reset")))) {
                assertThatThrownBy(() -> reset.body().transferTo(OutputStream.nullOutputStream()))
                        .isInstanceOf(IOException.class)
                        .cause().isInstanceOf(io.mistral4j.errors.MistralConnectionException.class)
                        .hasMessageContaining("reset the stream (INTERNAL_ERROR)");
            }
            try (TransportResponse after = transport.send(get(server.uri("/hello")))) {
                assertThat(text(after)).isEqualTo("hello");
            }
            assertThat(server.connections).hasValue(1);
        }
    }

    /** The value once it stopped changing for half a second (or after 20 s). */
    private static long settled(java.util.function.LongSupplier value) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long last = -1;
        long current = value.getAsLong();
        while (current != last && System.nanoTime() < deadline) {
            last = current;
            Thread.sleep(500);
            current = value.getAsLong();
        }
        return current;
    }

    private NettyTransport secureTransport(HttpVersionPolicy policy, Duration readTimeout) {
        return NettyTransport.builder().config(config(authority.clientContext(), readTimeout)).httpVersion(policy)
                .build();
    }

    private static TransportConfig config(SSLContext tls, Duration readTimeout) {
        return new TransportConfig(Duration.ofSeconds(5), readTimeout, 64, null, tls);
    }

    private static TransportRequest get(URI uri) {
        return TransportRequest.builder().method("GET").uri(uri).responseTimeout(Duration.ofSeconds(20)).build();
    }

    private static String text(TransportResponse response) throws IOException {
        return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
    }
}
