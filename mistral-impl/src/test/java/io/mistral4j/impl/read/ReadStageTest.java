package io.mistral4j.impl.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import io.mistral4j.RequestOptions;
import io.mistral4j.ResponseLimits;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.ResponseTooLargeException;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.impl.sse.SseEvent;
import io.mistral4j.impl.sse.SseParser;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ReadStageTest {

    private static final ResponseLimits LIMITS = new ResponseLimits(64 * 1024, 16 * 1024);

    private final Watchdog watchdog = new Watchdog("read-stage-test");
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        watchdog.close();
        executor.shutdownNow();
    }

    private ReadStage stage(TransportResponse answer, Duration streamIdle) {
        CallStage transport = new CallStage() {
            @Override
            public TransportResponse send(ApiCall call, TransportRequest request) {
                return answer;
            }

            @Override
            public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
                return CompletableFuture.completedFuture(answer);
            }
        };
        return new ReadStage(transport, Duration.ofMinutes(1), streamIdle, LIMITS, watchdog, executor);
    }

    private static ApiCall call(boolean streaming, RequestOptions options) {
        return new ApiCall("test", null, "POST", "/v1/test", null, null, streaming, null, options);
    }

    private static TransportRequest request(Duration callTimeLeft, String accept) {
        return new TransportRequest("POST", URI.create("http://127.0.0.1/v1/test"),
                Headers.builder().set("Accept", accept).build(), null, callTimeLeft, false);
    }

    private static TransportResponse answer(int status, String contentType, InputStream body, long length) {
        Headers.Builder headers = Headers.builder().set("Content-Type", contentType);
        if (length >= 0) {
            headers.set("Content-Length", Long.toString(length));
        }
        return TransportResponse.of(status, headers.build(), body);
    }

    @Test
    void aDrippedBodyIsCutAtTheCallsDeadline() {
        ScriptedBody body = ScriptedBody.dripped("{\"data\": [" + " ".repeat(200) + "]}", 200);
        ReadStage stage = stage(answer(200, "application/json", body, -1), Duration.ofSeconds(5));

        long started = System.nanoTime();
        assertThatThrownBy(() -> stage.send(call(false, null), request(Duration.ofMillis(700), "application/json")))
                .isInstanceOfSatisfying(MistralTimeoutException.class,
                        e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.OVERALL))
                .hasMessageContaining("overall timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void aDrippedBodyIsCutAtTheDeadlineOnTheAsynchronousPathToo() {
        ScriptedBody body = ScriptedBody.dripped("{\"data\": [" + " ".repeat(200) + "]}", 200);
        ReadStage stage = stage(answer(200, "application/json", body, -1), Duration.ofSeconds(5));

        CompletableFuture<TransportResponse> result = stage.sendAsync(call(false, null),
                request(Duration.ofMillis(700), "application/json"));

        assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(MistralTimeoutException.class);
    }

    @Test
    void anEndlessBodyEndsAtTheLimitWithATypedErrorThatSaysHowToRaiseIt() {
        ScriptedBody body = ScriptedBody.endless("x".repeat(4096));
        ReadStage stage = stage(answer(200, "application/json", body, -1), Duration.ofSeconds(5));

        assertThatThrownBy(() -> stage.send(call(false, null), request(Duration.ofSeconds(20), "application/json")))
                .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
                    assertThat(e.setting()).isEqualTo("maxResponseBytes");
                    assertThat(e.limitBytes()).isEqualTo(64 * 1024);
                })
                .hasMessageContaining("maxResponseBytes(")
                .hasMessageContaining("POST /v1/test");
        assertThat(body.bytesServed).isLessThan(64 * 1024 + 1024 * 1024);
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void aDeclaredLengthBeyondTheLimitFailsBeforeReading() {
        ScriptedBody body = ScriptedBody.endless("x");
        ReadStage stage = stage(answer(200, "application/json", body, 10_000_000), Duration.ofSeconds(5));

        assertThatThrownBy(() -> stage.send(call(false, null), request(Duration.ofSeconds(20), "application/json")))
                .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("declares 10000000 bytes");
        assertThat(body.bytesServed).isZero();
    }

    @Test
    void oneCallCanRaiseTheLimit() {
        String json = "{\"text\":\"" + "y".repeat(100_000) + "\"}";
        ReadStage stage = stage(answer(200, "application/json", ScriptedBody.once(json),
                -1), Duration.ofSeconds(5));

        TransportResponse read = stage.send(call(false, RequestOptions.builder().maxResponseBytes(200_000).build()),
                request(Duration.ofSeconds(20), "application/json"));

        assertThat(((BufferedResponse) read).text()).isEqualTo(json);
    }

    @Test
    void anErrorBodyIsKeptUpToItsLimitAndTheRestIsNotRead() {
        ScriptedBody body = ScriptedBody.endless("e".repeat(1000));
        ReadStage stage = stage(answer(500, "application/json", body, -1), Duration.ofSeconds(5));

        BufferedResponse read = (BufferedResponse) stage.send(call(false, null),
                request(Duration.ofSeconds(20), "application/json"));

        assertThat(read.statusCode()).isEqualTo(500);
        assertThat(read.truncated()).isTrue();
        assertThat(read.bytes()).hasSize(ResponseLimits.MAX_ERROR_BODY_BYTES);
        assertThat(read.text()).endsWith("[truncated: only the first 65536 bytes were read]");
        assertThat(body.bytesServed).isLessThan(ResponseLimits.MAX_ERROR_BODY_BYTES + 2000);
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void aStreamOfCommentsOnlyIsFoundIdle() {
        ScriptedBody body = ScriptedBody.every(": keep-alive\n\n", 50);
        ReadStage stage = stage(answer(200, "text/event-stream", body, -1), Duration.ofMillis(500));

        long started = System.nanoTime();
        assertThatThrownBy(() -> stage.send(call(true, null), request(Duration.ofSeconds(20), "text/event-stream")))
                .isInstanceOfSatisfying(MistralTimeoutException.class,
                        e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.IDLE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void eventsWithDataKeepAStreamAlive() throws IOException {
        ScriptedBody body = ScriptedBody.every("data: {}\n\n", 100);
        TransportResponse stream = streamUnderIdleTimeout(body, Duration.ofMillis(400));
        SseParser parser = new SseParser(stream.body());
        for (int i = 0; i < 15; i++) { // 1.5 s: well past the idle timeout
            SseEvent event = parser.next();
            assertThat(event.data()).isEqualTo("{}");
            ((GuardedAnswer) stream).eventArrived(); // as the event stream over it says of each event
        }
        stream.close();
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void theWaitForEventsAddsUpUntilTheReaderReportsOne() throws IOException {
        TransportResponse stream = streamUnderIdleTimeout(ScriptedBody.every("data: {}\n\n", 100),
                Duration.ofMillis(400));
        SseParser parser = new SseParser(stream.body());
        long started = System.nanoTime();
        // Events flow, but nobody says so: the waits between them add up to the idle timeout.
        assertThatThrownBy(() -> {
            for (int i = 0; i < 30; i++) {
                parser.next();
            }
        }).isInstanceOf(TimeoutIOException.class).hasMessageContaining("the stream idle timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        stream.close();
    }

    /** An event stream answer read through the stage, its idle timeout {@code idle}, its deadline far off. */
    private TransportResponse streamUnderIdleTimeout(ScriptedBody body, Duration idle) {
        ReadStage stage = stage(answer(200, "text/event-stream", body, -1), idle);
        return stage.send(call(true, null), request(Duration.ofSeconds(20), "text/event-stream"));
    }

    @Test
    void anEndlessLineBeforeTheFirstEventEndsAtTheEventLimit() {
        ScriptedBody body = ScriptedBody.endless("data: " + "z".repeat(4000));
        ReadStage stage = stage(answer(200, "text/event-stream", body, -1), Duration.ofSeconds(5));

        assertThatThrownBy(() -> stage.send(call(true, null), request(Duration.ofSeconds(20), "text/event-stream")))
                .isInstanceOfSatisfying(ResponseTooLargeException.class,
                        e -> assertThat(e.setting()).isEqualTo("maxEventBytes"));
        assertThat(body.bytesServed).isLessThan(16 * 1024 + 8192);
    }

    @Test
    void anEndlessLineAfterTheFirstEventEndsAtTheEventLimit() throws IOException {
        ScriptedBody body = ScriptedBody.endlessAfter("data: {\"first\":1}\n\ndata: ", "z".repeat(4000));
        ReadStage stage = stage(answer(200, "text/event-stream", body, -1), Duration.ofSeconds(5));

        TransportResponse stream = stage.send(call(true, null), request(Duration.ofSeconds(20), "text/event-stream"));
        SseParser parser = new SseParser(stream.body(), 8192, ((GuardedAnswer) stream).maxEventBytes());
        assertThat(parser.next().data()).isEqualTo("{\"first\":1}");
        assertThatThrownBy(parser::next).isInstanceOf(LimitExceededIOException.class)
                .hasMessageContaining("longer than 16384 bytes");
        stream.close();
    }

    @Test
    void aStreamIsCutAtTheCallsDeadlineEvenWhileEventsFlow() throws IOException {
        ScriptedBody body = ScriptedBody.every("data: {}\n\n", 50);
        ReadStage stage = stage(answer(200, "text/event-stream", body, -1), Duration.ofSeconds(5));

        TransportResponse stream = stage.send(call(true, null), request(Duration.ofMillis(600), "text/event-stream"));
        SseParser parser = new SseParser(stream.body());
        assertThatThrownBy(() -> {
            while (parser.next() != null) {
                // events until the deadline ends the body
            }
        }).isInstanceOfSatisfying(TimeoutIOException.class,
                e -> assertThat(e.kind()).isEqualTo(MistralTimeoutException.Kind.OVERALL));
        stream.close();
    }

    @Test
    void aDownloadIsHandedOnUnreadAndCutAtTheDeadline() throws IOException {
        ScriptedBody body = ScriptedBody.every("bytes", 100);
        ReadStage stage = stage(answer(200, "application/octet-stream", body, -1), Duration.ofSeconds(5));

        TransportResponse download = stage.send(call(false, null),
                request(Duration.ofMillis(500), "application/octet-stream, application/json"));

        assertThat(download).isInstanceOf(GuardedAnswer.class);
        byte[] buffer = new byte[5];
        assertThat(new String(buffer, 0, download.body().read(buffer), StandardCharsets.UTF_8)).isEqualTo("bytes");
        assertThatThrownBy(() -> download.body().readAllBytes()).isInstanceOf(TimeoutIOException.class);
        download.close();
    }

    private static final String COMPLETE_STREAM = "data: {\"n\":1}\n\ndata: [DONE]\n\n";

    /** Opens a stream over {@code body} and parses it up to its {@code [DONE]}. */
    private GuardedAnswer streamReadToDone(ScriptedBody body) throws IOException {
        ReadStage stage = stage(answer(200, "text/event-stream", body, -1), Duration.ofSeconds(5));
        GuardedAnswer stream = (GuardedAnswer) stage.send(call(true, null),
                request(Duration.ofSeconds(20), "text/event-stream"));
        SseParser parser = new SseParser(stream.body(), 8192, stream.maxEventBytes());
        assertThat(parser.next().data()).isEqualTo("{\"n\":1}");
        assertThat(parser.next().data()).isEqualTo("[DONE]");
        return stream;
    }

    @Test
    void aCompleteStreamIsReadToTheEndOfItsBodyBeforeItIsClosed() throws IOException {
        ScriptedBody body = ScriptedBody.endingAfter(COMPLETE_STREAM, 20);
        GuardedAnswer stream = streamReadToDone(body);

        stream.closeAfterRest();

        assertThat(body.endServed).as("the end of the body was read").isTrue();
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void aCompleteStreamWhoseBodyDoesNotEndIsClosedAfterAShortWait() throws IOException {
        ScriptedBody body = ScriptedBody.holdingAfter(COMPLETE_STREAM);
        GuardedAnswer stream = streamReadToDone(body);

        long started = System.nanoTime();
        stream.closeAfterRest();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("far below the idle timeout and the deadline")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(body.endServed).isFalse();
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void aCompleteStreamFollowedByEndlessBytesIsClosedAfterABoundedRead() throws IOException {
        ScriptedBody body = ScriptedBody.endlessAfter(COMPLETE_STREAM, ": more\n".repeat(100));
        GuardedAnswer stream = streamReadToDone(body);

        stream.closeAfterRest();

        assertThat(body.bytesServed).isLessThan(COMPLETE_STREAM.length() + RestOfBody.MAX_BYTES + 8192);
        assertThat(body.isClosed()).isTrue();
    }
}
