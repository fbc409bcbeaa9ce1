package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The harness itself: each behaviour does on the wire what its name says, and stops by itself. */
@Timeout(30)
class MisbehavingServerTest {

    private final MisbehavingServer server = MisbehavingServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersAndRecordsRequestsWithEitherBodyFraming() throws IOException {
        try (RawHttp http = new RawHttp(server)) {
            http.send("POST", "/v1/chat/completions", "hello", "Authorization: Bearer k");
            assertThat(http.readHead()).isEqualTo(200);
            assertThat(new String(http.fixedBody(), StandardCharsets.UTF_8)).isEqualTo(Payloads.MODEL_LIST);

            http.sendRaw("POST /v1/files HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n");
            assertThat(http.readHead()).isEqualTo(200);
            http.fixedBody();
        }
        assertThat(server.requests()).extracting(RecordedRequest::method, RecordedRequest::path,
                RecordedRequest::bodySize).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/chat/completions", 5L),
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/files", 7L));
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer k");
    }

    @Test
    void dripSendsTheHeadAtOnceAndTheBodyAtTheGivenRate() throws IOException {
        server.always(Behaviours.drip(200, "0123456789", 5));
        try (RawHttp http = new RawHttp(server)) {
            http.send("GET", "/v1/models", "");
            assertThat(http.readHead()).isEqualTo(200);
            long start = System.nanoTime();
            byte[] body = http.fixedBody();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo("0123456789");
            assertThat(millis).as("10 bytes at 5 bytes/s").isGreaterThanOrEqualTo(1_500);
        }
    }

    @Test
    void endlessChunkedBodyGoesOnUntilTheClientCloses() throws Exception {
        try (RawHttp http = endlessBody()) {
            assertThat(http.header("transfer-encoding")).isEqualTo("chunked");
            assertThat(http.skipChunkedBody(32L << 20)).isGreaterThanOrEqualTo(32L << 20);
        }
        assertThat(server.awaitAllClosed(Duration.ofSeconds(10))).isZero();
    }

    @Test
    void hugeErrorBodyHasTheGivenSizeAndEnds() throws IOException {
        server.always(Behaviours.hugeChunkedError(500, 3_000_000));
        try (RawHttp http = new RawHttp(server)) {
            http.send("GET", "/v1/models", "");
            assertThat(http.readHead()).isEqualTo(500);
            byte[] body = http.chunkedBody(Long.MAX_VALUE);
            assertThat(body).hasSize(3_000_000);
            String text = new String(body, StandardCharsets.UTF_8);
            assertThat(text).startsWith("{\"object\":\"error\"").endsWith("xx\"}");
        }
    }

    @Test
    void commentOnlyStreamSendsCommentsAndStopsAtTheMaximumTime() throws IOException {
        try (MisbehavingServer brief = MisbehavingServer.start(Duration.ofSeconds(1));
             RawHttp http = new RawHttp(brief)) {
            brief.always(Behaviours.commentOnlyStream(200));
            http.send("POST", "/v1/chat/completions", "{}");
            assertThat(http.readHead()).isEqualTo(200);
            assertThat(http.header("content-type")).isEqualTo("text/event-stream");
            String body = readUntilEnd(http);
            assertThat(body).contains(": keep-alive\n\n").doesNotContain("data:");
            assertThat(body.split(": keep-alive", -1).length - 1).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void endlessSseLineFollowsTheGivenEventsWithoutALineEnd() throws IOException {
        server.always(Behaviours.endlessSseLine(Payloads.chunkEvent("Hi")));
        try (RawHttp http = new RawHttp(server)) {
            http.send("POST", "/v1/chat/completions", "{}");
            assertThat(http.readHead()).isEqualTo(200);
            String body = new String(http.chunkedBody(4L << 20), StandardCharsets.UTF_8);
            assertThat(body).startsWith(Payloads.chunkEvent("Hi") + "data: {");
            assertThat(body.length()).isGreaterThanOrEqualTo(4 << 20);
            assertThat(body.substring(Payloads.chunkEvent("Hi").length())).doesNotContain("\n");
        }
    }

    @Test
    void sseThenHoldSendsTheEventsThenNothingUntilTheClientCloses() throws Exception {
        server.always(Behaviours.sseThenHold(Payloads.chunkEvent("Hi")));
        try (RawHttp http = new RawHttp(server)) {
            http.send("POST", "/v1/chat/completions", "{}");
            assertThat(http.readHead()).isEqualTo(200);
            assertThat(new String(http.chunkedBody(Payloads.chunkEvent("Hi").length()), StandardCharsets.UTF_8))
                    .isEqualTo(Payloads.chunkEvent("Hi"));
            http.socket().setSoTimeout(500);
            try {
                int next = http.rawByte();
                throw new AssertionError("expected silence, got byte " + next);
            } catch (SocketTimeoutException expected) {
                assertThat(server.openConnections()).isEqualTo(1);
            }
        }
        assertThat(server.awaitAllClosed(Duration.ofSeconds(5))).isZero();
    }

    @Test
    void dropReadsTheWholeRequestThenClosesWithoutAnswer() throws IOException {
        server.always(Behaviours.dropAfterRequest());
        try (RawHttp http = new RawHttp(server)) {
            http.send("POST", "/v1/fine_tuning/jobs", "{\"model\":\"open-mistral-7b\"}");
            assertThat(http.rawByte()).isEqualTo(-1);
        }
        assertThat(server.requests()).singleElement().extracting(RecordedRequest::bodySize).isEqualTo(27L);
    }

    @Test
    void jsonCarriesTheGivenHeadersAndStatus() throws IOException {
        server.always(Behaviours.json(409, Payloads.CONFLICT, Map.of("x-ratelimit-limit-req-minute", "-5")));
        try (RawHttp http = new RawHttp(server)) {
            http.send("POST", "/v1/fine_tuning/jobs", "{}");
            assertThat(http.readHead()).isEqualTo(409);
            assertThat(http.header("x-ratelimit-limit-req-minute")).isEqualTo("-5");
            assertThat(new String(http.fixedBody(), StandardCharsets.UTF_8)).isEqualTo(Payloads.CONFLICT);
        }
    }

    @Test
    void unauthorizedRepeatsTheAuthorizationHeader() throws IOException {
        server.always(Behaviours.unauthorizedEchoingCredentials());
        try (RawHttp http = new RawHttp(server)) {
            http.send("GET", "/v1/models", "", "Authorization: Bearer sk-echo-me");
            assertThat(http.readHead()).isEqualTo(401);
            assertThat(new String(http.fixedBody(), StandardCharsets.UTF_8)).contains("Bearer sk-echo-me");
        }
    }

    @Test
    void closingTheServerEndsABehaviourInProgress() throws Exception {
        try (RawHttp http = endlessBody()) {
            http.skipChunkedBody(1 << 20);
            server.close();
            assertThat(server.awaitAllClosed(Duration.ofSeconds(5))).isZero();
            assertThatThrownBy(() -> http.skipChunkedBody(Long.MAX_VALUE)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void queuedBehavioursComeBeforeTheDefaultOne() throws IOException {
        server.enqueue(Behaviours.json(409, Payloads.CONFLICT));
        try (RawHttp http = new RawHttp(server)) {
            http.send("GET", "/v1/models", "");
            assertThat(http.readHead()).isEqualTo(409);
            http.fixedBody();
            http.send("GET", "/v1/models", "");
            assertThat(http.readHead()).isEqualTo(200);
        }
    }

    /** A connection whose answer's head is read and whose body never ends. */
    private RawHttp endlessBody() throws IOException {
        server.always(Behaviours.endlessChunkedJson(200));
        RawHttp http = new RawHttp(server);
        http.send("GET", "/v1/models", "");
        assertThat(http.readHead()).isEqualTo(200);
        return http;
    }

    private static String readUntilEnd(RawHttp http) throws IOException {
        StringBuilder body = new StringBuilder();
        try {
            byte[] chunk;
            while ((chunk = http.chunkedBody(1)).length > 0) {
                body.append(new String(chunk, StandardCharsets.UTF_8));
            }
        } catch (java.io.EOFException closed) {
            // the server stopped the behaviour: the connection ends without a last chunk
        }
        return body.toString();
    }
}
