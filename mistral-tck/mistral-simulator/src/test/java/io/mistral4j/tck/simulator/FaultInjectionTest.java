package io.mistral4j.tck.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each scripted fault as a plain HTTP client sees it, and the per-route call numbering. */
class FaultInjectionTest {

    private static final String CHAT = "POST /v1/chat/completions";

    private MistralSimulator sim;

    @BeforeEach
    void start() {
        sim = MistralSimulator.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TestHttp.Response ask() {
        return TestHttp.chat(sim, ChatBodies.chat("Say hello"));
    }

    @Test
    void statusFaultSendsAnyStatusWithHeadersAndMistralShapedBody() {
        sim.faults().on(CHAT).call(1, Fault.status(503).withHeader("Retry-After", "2"));

        TestHttp.Response first = ask();
        TestHttp.Response second = ask();

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("Retry-After")).isEqualTo("2");
        assertThat(first.json().get("object").getAsString()).isEqualTo("error");
        assertThat(first.json().get("message").getAsString()).isEqualTo("Service Unavailable");
        assertThat(first.header("mistral-correlation-id")).isNotBlank();
        assertThat(second.status()).as("only call 1 is scripted").isEqualTo(200);
        assertThat(sim.attempts(CHAT)).isEqualTo(2);
    }

    @Test
    void statusFaultBodyAndRetryAfterDatesAreSentAsGiven() {
        sim.faults().on(CHAT).always(Fault.rateLimited("Wed, 21 Oct 2037 07:28:00 GMT")
                .withHeader("retry-after-ms", "1500"));
        sim.faults().on("GET /v1/models").always(Fault.status(418).withBody("teapot").withHeader("Content-Type", "text/plain"));

        TestHttp.Response limited = ask();
        TestHttp.Response teapot = TestHttp.get(sim, "/v1/models");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("Wed, 21 Oct 2037 07:28:00 GMT");
        assertThat(limited.header("retry-after-ms")).isEqualTo("1500");
        assertThat(limited.json().get("code").getAsString()).isEqualTo("1300");
        assertThat(teapot.status()).isEqualTo(418);
        assertThat(teapot.body()).isEqualTo("teapot");
        assertThat(teapot.header("Content-Type")).isEqualTo("text/plain");
    }

    @Test
    void resetBeforeResponseFailsTheExchangeWithoutAnyStatus() {
        sim.faults().on(CHAT).call(1, Fault.resetBeforeResponse());

        assertThatThrownBy(this::ask).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(ask().status()).as("the next call is normal").isEqualTo(200);
        assertThat(sim.attempts(CHAT)).isEqualTo(2);
        assertThat(sim.injectedFaults()).singleElement().satisfies(played -> {
            assertThat(played.route()).isEqualTo(CHAT);
            assertThat(played.callNumber()).isEqualTo(1);
            assertThat(played.fault().kind()).isEqualTo(Fault.Kind.RESET_BEFORE_RESPONSE);
            assertThat(played.request().body()).contains("Say hello");
        });
    }

    @Test
    void resetDuringBodyDeliversStatusThenBreaksTheBody() throws Exception {
        sim.faults().on(CHAT).call(1, Fault.resetDuringBody());

        HttpResponse<InputStream> response = TestHttp.CLIENT.send(chatRequest(ChatBodies.chat("Say hello")),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        long promised = response.headers().firstValueAsLong("Content-Length").orElseThrow();
        List<Byte> received = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (InputStream body = response.body()) {
                int b;
                while ((b = body.read()) >= 0) {
                    received.add((byte) b);
                }
            }
        }).isInstanceOf(IOException.class);
        assertThat((long) received.size()).isGreaterThan(0).isLessThan(promised);
    }

    @Test
    void streamCutAfterNEventsSendsThemThenBreaksWithoutDone() throws Exception {
        sim.faults().on(CHAT).call(1, Fault.cutStreamAfter(2));
        JsonObject body = ChatBodies.chat("Tell me a long story about a lighthouse keeper");
        body.addProperty("stream", true);

        HttpResponse<InputStream> response = TestHttp.CLIENT.send(chatRequest(body),
                HttpResponse.BodyHandlers.ofInputStream());
        List<String> data = new ArrayList<>();
        assertThatThrownBy(() -> readDataLines(response.body(), data)).isInstanceOf(IOException.class);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(data).hasSize(2).doesNotContain("[DONE]");
        data.forEach(event -> assertThat(JsonParser.parseString(event).isJsonObject()).isTrue());
    }

    @Test
    void stalledStreamGoesSilentAfterNEventsThenCompletes() throws Exception {
        sim.faults().on(CHAT).call(1, Fault.stallStreamAfter(1, Duration.ofMillis(1500)));
        JsonObject body = ChatBodies.chat("Say hello");
        body.addProperty("stream", true);

        HttpResponse<InputStream> response = TestHttp.CLIENT.send(chatRequest(body),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        String first = nextData(reader);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
            try {
                return nextData(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(first).startsWith("{");
        Thread.sleep(300);
        assertThat(second).as("nothing arrives during the stall").isNotDone();
        assertThat(second.get(10, TimeUnit.SECONDS)).isNotNull();
        String rest;
        String last = null;
        while ((rest = nextData(reader)) != null) {
            last = rest;
        }
        assertThat(last).isEqualTo("[DONE]");
    }

    @Test
    void malformedAndTruncatedJsonAreFramedCorrectlyButDoNotParse() {
        sim.faults().on(CHAT).call(1, Fault.malformedJson()).call(2, Fault.truncatedJson());

        TestHttp.Response malformed = ask();
        TestHttp.Response truncated = ask();
        TestHttp.Response normal = ask();

        assertThat(malformed.status()).isEqualTo(200);
        assertThatThrownBy(() -> JsonParser.parseString(malformed.body()).getAsJsonObject())
                .isInstanceOfAny(JsonParseException.class, IllegalStateException.class);
        assertThat(truncated.status()).isEqualTo(200);
        assertThat(normal.body()).startsWith(truncated.body().substring(0, 10));
        assertThatThrownBy(() -> JsonParser.parseString(truncated.body()))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void malformedStreamEventIsTheFirstEvent() {
        sim.faults().on(CHAT).call(1, Fault.malformedJson());

        List<String> lines = TestHttp.streamLines(sim, ChatBodies.chat("Say hello"));

        assertThat(lines.get(0)).startsWith("data: {\"id\": oops");
        assertThat(lines).contains("data: [DONE]");
    }

    @Test
    void latencyDelaysTheNormalAnswer() {
        sim.faults().on(CHAT).call(1, Fault.latency(Duration.ofMillis(250)));

        long started = System.nanoTime();
        TestHttp.Response response = ask();

        assertThat(response.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void planPicksFaultsByCallNumberAndCountsResetWithTheNumbering() {
        sim.faults().on(CHAT).plan(n -> n % 2 == 0 ? Fault.status(500) : null);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(ask().status());
        }
        sim.resetCallCounts();
        int afterReset = ask().status();

        assertThat(statuses).containsExactly(200, 500, 200, 500);
        assertThat(afterReset).as("call 1 again").isEqualTo(200);
        assertThat(sim.attempts(CHAT)).isEqualTo(1);
        assertThat(sim.injectedFaults()).extracting(InjectedFault::callNumber).containsExactly(2, 4);
    }

    @Test
    void unknownRoutesAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> sim.faults().on("POST /v1/chat/complete"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POST /v1/chat/completions");
        assertThatThrownBy(() -> sim.attempts("GET /nowhere")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().on(CHAT).call(0, Fault.status(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearedScriptAnswersNormally() {
        sim.faults().on(CHAT).always(Fault.status(502));
        assertThat(ask().status()).isEqualTo(502);

        sim.faults().clear();

        assertThat(ask().status()).isEqualTo(200);
    }

    private HttpRequest chatRequest(JsonObject body) {
        return TestHttp.request(sim, "/v1/chat/completions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static void readDataLines(InputStream body, List<String> data) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event;
            while ((event = nextData(reader)) != null) {
                data.add(event);
            }
        }
    }

    private static String nextData(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("data: ")) {
                return line.substring("data: ".length());
            }
        }
        return null;
    }
}
