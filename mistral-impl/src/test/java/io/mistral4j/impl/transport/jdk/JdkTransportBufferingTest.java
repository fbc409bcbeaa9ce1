package io.mistral4j.impl.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Small answers that are not streams are received whole inside the transport (the caller wakes
 * once); everything else streams. Either way the deadlines hold and connections are reused.
 */
class JdkTransportBufferingTest {

    private static final byte[] SMALL = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

    private static HttpTransport transport(Duration readTimeout, int maxConnections) {
        return new JdkHttpTransportProvider().create(new TransportConfig(Duration.ofSeconds(5), readTimeout,
                maxConnections, null, null));
    }

    private static TransportRequest get(URI uri, Duration responseTimeout, boolean streaming) {
        return new TransportRequest("GET", uri, Headers.empty(), null, responseTimeout, streaming);
    }

    private static TransportRequest get(URI uri) {
        return get(uri, Duration.ofSeconds(10), false);
    }

    private static byte[] bytes(TransportResponse response) throws IOException {
        try (response) {
            return response.body().readAllBytes();
        }
    }

    @Test
    void aSmallAnswerIsReceivedWholeAndFreesItsConnectionBeforeItIsRead() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.scripted(out -> {
                 out.write(KeepAliveServer.head("application/json", SMALL.length));
                 out.write(SMALL);
             });
             HttpTransport transport = transport(Duration.ofSeconds(5), 1)) {
            TransportResponse first = transport.send(get(server.uri("/first")));
            // with one connection, a second exchange could not run if the first answer still held it
            TransportResponse second = transport.send(get(server.uri("/second")));

            assertThat(first.body()).isInstanceOf(AnswerBodies.Whole.class);
            assertThat(bytes(first)).isEqualTo(SMALL);
            assertThat(bytes(second)).isEqualTo(SMALL);
            TransportResponse async = transport.sendAsync(get(server.uri("/async"))).get(10, TimeUnit.SECONDS);
            assertThat(async.body()).isInstanceOf(AnswerBodies.Whole.class);
            assertThat(bytes(async)).isEqualTo(SMALL);
        }
    }

    @Test
    void aLargeAnswerIsStreamedAndHoldsItsConnectionUntilRead() throws Exception {
        byte[] large = new byte[AnswerBodies.MAX_BUFFERED_BYTES + 1];
        Arrays.fill(large, (byte) 'x');
        try (KeepAliveServer server = KeepAliveServer.scripted(out -> {
                 out.write(KeepAliveServer.head("application/json", large.length));
                 out.write(large);
             });
             HttpTransport transport = transport(Duration.ofMillis(300), 1)) {
            TransportResponse held = transport.send(get(server.uri("/large")));

            assertThat(held.body()).isNotInstanceOf(AnswerBodies.Whole.class);
            assertThatThrownBy(() -> transport.send(get(server.uri("/second"))))
                    .as("the streamed answer, unread, still holds the only connection")
                    .isInstanceOfSatisfying(MistralTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.CONNECT));
            assertThat(bytes(held)).isEqualTo(large);
            assertThat(bytes(transport.send(get(server.uri("/after"))))).isEqualTo(large);
        }
    }

    @Test
    void smallStreamsAreStreamed() throws Exception {
        byte[] event = "data: {\"index\":1}\n\n".getBytes(StandardCharsets.UTF_8);
        try (KeepAliveServer server = KeepAliveServer.scripted(out -> {
                 out.write(KeepAliveServer.head("text/event-stream", event.length));
                 out.write(event);
             });
             HttpTransport transport = transport(Duration.ofSeconds(5), 4)) {
            try (TransportResponse asStream = transport.send(get(server.uri("/sse"), Duration.ofSeconds(10), false))) {
                assertThat(asStream.body()).as("an event stream, by its type").isNotInstanceOf(AnswerBodies.Whole.class);
                assertThat(asStream.body().readAllBytes()).isEqualTo(event);
            }
            try (TransportResponse asked = transport.send(get(server.uri("/sse"), Duration.ofSeconds(10), true))) {
                assertThat(asked.body()).as("a stream, as asked").isNotInstanceOf(AnswerBodies.Whole.class);
                assertThat(asked.body().readAllBytes()).isEqualTo(event);
            }
        }
    }

    @Test
    void aReadOfAStreamTakesEveryChunkAlreadyReceived() throws Exception {
        byte[] event = "data: {\"index\":1}\n\n".getBytes(StandardCharsets.UTF_8);
        StringBuilder tenChunks = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            tenChunks.append(Integer.toHexString(event.length)).append("\r\n")
                    .append(new String(event, StandardCharsets.UTF_8)).append("\r\n");
        }
        try (KeepAliveServer server = KeepAliveServer.scripted(out -> {
                 out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                         + tenChunks).getBytes(StandardCharsets.ISO_8859_1));   // one socket write
                 out.flush();
                 Thread.sleep(500);
                 out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
             });
             HttpTransport transport = transport(Duration.ofSeconds(5), 4);
             TransportResponse stream = transport.send(get(server.uri("/sse"), Duration.ofSeconds(10), true))) {
            Thread.sleep(200); // the chunks came with the head: by now the JDK holds all ten
            byte[] buffer = new byte[8192];
            int read = stream.body().read(buffer, 0, buffer.length);

            // The JDK's own stream gives one chunk per read; the transport's read takes all that has arrived.
            assertThat(read).isEqualTo(10 * event.length);
            assertThat(new String(buffer, 0, read, StandardCharsets.UTF_8))
                    .isEqualTo(new String(event, StandardCharsets.UTF_8).repeat(10));
            assertThat(stream.body().read(buffer)).isEqualTo(-1);
        }
    }

    @Test
    void aSmallBodyNotInWithinTheReadTimeoutOfItsHeadersIsAnIdleTimeout() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.scripted(out -> {
                 out.write(KeepAliveServer.head("application/json", 100));
                 out.write(SMALL);   // 11 of the 100 bytes, then silence
                 out.flush();
                 Thread.sleep(10_000);
             });
             HttpTransport transport = transport(Duration.ofMillis(300), 4)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> transport.send(get(server.uri("/stalls"))))
                    .isInstanceOfSatisfying(MistralTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.IDLE));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThatThrownBy(() -> transport.sendAsync(get(server.uri("/stalls"))).get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(MistralTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.IDLE));
        }
    }

    @Test
    void aSmallBodyDrippedPastTheResponseTimeoutIsAResponseTimeout() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.scripted(out -> {
                 out.write(KeepAliveServer.head("application/json", 100));
                 for (int i = 0; i < 100; i++) {   // a byte every 50 ms: 5 s for the whole body
                     out.write('x');
                     out.flush();
                     Thread.sleep(50);
                 }
             });
             HttpTransport transport = transport(Duration.ofSeconds(3), 4)) {
            assertThatThrownBy(() -> transport.send(get(server.uri("/drips"), Duration.ofMillis(600), false)))
                    .isInstanceOfSatisfying(MistralTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.RESPONSE));
        }
    }

    @Test
    void sixteenCallersShareTheirConnections() throws Exception {
        int callers = 16;
        int callsEach = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (KeepAliveServer server = KeepAliveServer.answering();
             HttpTransport transport = transport(Duration.ofSeconds(5), 64)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                done.add(pool.submit(() -> {
                    int answered = 0;
                    for (int i = 0; i < callsEach; i++) {
                        if (new String(bytes(transport.send(get(server.uri("/n")))), StandardCharsets.UTF_8)
                                .equals(KeepAliveServer.BODY)) {
                            answered++;
                        }
                    }
                    return answered;
                }));
            }
            for (Future<Integer> answered : done) {
                assertThat(answered.get(60, TimeUnit.SECONDS)).isEqualTo(callsEach);
            }
            assertThat(server.acceptedConnections()).as("connections the server accepted for %d calls",
                    callers * callsEach).isLessThanOrEqualTo(callers);
        } finally {
            pool.shutdownNow();
        }
    }
}
