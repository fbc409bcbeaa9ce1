package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mistral4j.impl.read.BufferedResponse;
import io.mistral4j.Headers;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.CircuitOpenException;
import io.mistral4j.errors.ConflictException;
import io.mistral4j.errors.InternalServerException;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.RateLimitException;
import io.mistral4j.errors.RateLimitExceededException;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry decisions that do not need a server: what is final, what a body and an operation allow. */
class RetryStageTest {

    private static final RequestBody BYTES = RequestBody.ofBytes(new byte[] {1}, "application/octet-stream");

    private final FakeTiming timing = new FakeTiming();
    private final Deque<Supplier<TransportResponse>> outcomes = new ArrayDeque<>();
    private final List<Integer> answersObserved = new ArrayList<>();
    private int attempts;
    private final CallStage next = new CallStage() {
        @Override
        public TransportResponse send(ApiCall call, TransportRequest request) {
            attempts++;
            return outcomes.poll().get();
        }

        @Override
        public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
            return CompletableFuture.supplyAsync(() -> send(call, request));
        }
    };
    private final CallListener listener = new CallListener() {
        @Override
        public void onResponse(int statusCode, Headers headers) {
            answersObserved.add(statusCode);
        }
    };
    private final RetryStage retries = new RetryStage(next, RetryPolicy.builder().maxAttempts(4).jitter(0).build(),
            timing, () -> 0.0, Runnable::run);
    /** The retry stage as the executor calls it: with the call's listener. */
    private final CallStage stage = new CallStage() {
        @Override
        public TransportResponse send(ApiCall call, TransportRequest request) {
            return retries.send(call, request, listener);
        }

        @Override
        public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
            return retries.sendAsync(call, request, listener);
        }
    };

    /** A call that is safe to repeat: an embeddings request. */
    private static ApiCall safe(RequestBody body) {
        return new ApiCall("embeddings", null, "POST", "/v1/embeddings", null, body, false, null,
                RequestOptions.none(), null, true);
    }

    /** A call that creates state: an upload. */
    private static ApiCall upload(RequestBody body) {
        return upload(body, RequestOptions.none());
    }

    private static ApiCall upload(RequestBody body, RequestOptions options) {
        return new ApiCall("files.upload", null, "POST", "/v1/files", null, body, false, null, options);
    }

    private static TransportRequest request(RequestBody body) {
        return new TransportRequest("POST", URI.create("http://127.0.0.1/v1/files"), Headers.empty(), body,
                Duration.ofMinutes(1), false);
    }

    private static TransportResponse ok() {
        return new BufferedResponse(200, Headers.empty(), "{}".getBytes());
    }

    private static TransportResponse status(int status, String... nameValues) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.set(nameValues[i], nameValues[i + 1]);
        }
        return new BufferedResponse(status, headers.build(),
                ("{\"message\":\"status " + status + "\"}").getBytes());
    }

    private void answer(int status, String... headers) {
        outcomes.add(() -> status(status, headers));
    }

    private void fail(Supplier<RuntimeException> failure) {
        outcomes.add(() -> {
            throw failure.get();
        });
    }

    private static MistralConnectionException reset() {
        return new MistralConnectionException("reset", new IOException("Connection reset"));
    }

    private static MistralConnectionException refused() {
        return new MistralConnectionException("request failed", new ConnectException("Connection refused"));
    }

    private static RequestBody oneShot() {
        return new RequestBody() {
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
                return new ByteArrayInputStream(new byte[] {1, 2, 3});
            }
        };
    }

    @Test
    void aBodyThatCannotBeReadTwiceIsNeverRetried() {
        fail(RetryStageTest::reset);

        assertThatThrownBy(() -> stage.send(safe(oneShot()), request(oneShot())))
                .isInstanceOf(MistralConnectionException.class);
        assertThat(attempts).isEqualTo(1);
    }

    @Test
    void aRepeatableBodyIsRetried() {
        fail(RetryStageTest::reset);
        outcomes.add(RetryStageTest::ok);

        assertThat(stage.send(safe(BYTES), request(BYTES)).statusCode()).isEqualTo(200);
        assertThat(attempts).isEqualTo(2);
        assertThat(timing.waits()).containsExactly(RetryPolicy.defaults().initialBackoff());
    }

    @Test
    void anOpenBreakerASpentBudgetAndTheOverallTimeoutAreFinal() {
        fail(() -> new CircuitOpenException("client", Instant.now(), Instant.now(), ""));
        fail(() -> new RateLimitExceededException("requests per second", 1, Duration.ofSeconds(1), Duration.ZERO));
        fail(() -> new MistralTimeoutException(MistralTimeoutException.Kind.OVERALL, "late", null));

        assertThatThrownBy(() -> stage.send(safe(BYTES), request(BYTES))).isInstanceOf(CircuitOpenException.class);
        assertThatThrownBy(() -> stage.send(safe(BYTES), request(BYTES)))
                .isInstanceOf(RateLimitExceededException.class);
        assertThatThrownBy(() -> stage.send(safe(BYTES), request(BYTES))).isInstanceOf(MistralTimeoutException.class);
        assertThat(attempts).isEqualTo(3);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void laterAttemptsGetOnlyTheTimeLeftInTheCall() {
        Deque<Duration> seen = new ArrayDeque<>();
        RetryStage recording = new RetryStage(new CallStage() {
            @Override
            public TransportResponse send(ApiCall call, TransportRequest request) {
                seen.add(request.responseTimeout());
                if (seen.size() == 1) {
                    throw reset();
                }
                return ok();
            }

            @Override
            public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
                throw new UnsupportedOperationException();
            }
        }, RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(10)).jitter(0).build(),
                timing, () -> 0.0, Runnable::run);

        recording.send(safe(BYTES), request(BYTES));

        assertThat(seen).containsExactly(Duration.ofMinutes(1), Duration.ofSeconds(50));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 500, 502, 503, 504})
    void aStateCreatingCallIsSentOnceOnAnAnswerThatMayFollowItsWork(int status) {
        answer(status);

        assertThat(stage.send(upload(BYTES), request(BYTES)).statusCode()).isEqualTo(status);
        assertThat(attempts).isEqualTo(1);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void aStateCreatingCallIsSentOnceWhenTheConnectionFailsAfterTheRequestWentOut() {
        fail(RetryStageTest::reset);
        fail(() -> new MistralTimeoutException(MistralTimeoutException.Kind.RESPONSE, "no answer in time", null));

        assertThatThrownBy(() -> stage.send(upload(BYTES), request(BYTES))).hasMessage("reset");
        assertThatThrownBy(() -> stage.send(upload(BYTES), request(BYTES)))
                .isInstanceOf(MistralTimeoutException.class);
        assertThat(attempts).isEqualTo(2);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void aStateCreatingCallIsRetriedWhenTheServerProvablyDidNotActOnIt() {
        fail(RetryStageTest::refused);
        fail(() -> new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT, "could not connect in time", null));
        answer(429);
        outcomes.add(RetryStageTest::ok);

        assertThat(stage.send(upload(BYTES), request(BYTES)).statusCode()).isEqualTo(200);
        assertThat(attempts).isEqualTo(4);
    }

    @Test
    void optingInRetriesAStateCreatingCallLikeARead() {
        RequestOptions optIn = RequestOptions.builder().retryStateCreating(true).build();
        answer(503);
        fail(RetryStageTest::reset);
        outcomes.add(RetryStageTest::ok);

        assertThat(stage.send(upload(BYTES, optIn), request(BYTES)).statusCode()).isEqualTo(200);
        assertThat(attempts).isEqualTo(3);
    }

    @Test
    void aConflictIsNeverRetriedForAStateCreatingCallEvenWhenOptedIn() {
        answer(409);

        assertThat(stage.send(upload(BYTES, RequestOptions.builder().retryStateCreating(true).build()), request(BYTES))
                .statusCode()).isEqualTo(409);
        assertThat(attempts).isEqualTo(1);
    }

    @Test
    void aConflictIsRetriedForASafeCall() {
        answer(409);
        outcomes.add(RetryStageTest::ok);

        assertThat(stage.send(safe(BYTES), request(BYTES)).statusCode()).isEqualTo(200);
        assertThat(attempts).isEqualTo(2);
    }

    @Test
    void aServerAskingForMoreThanTheCapIsAnsweredAtOnce() {
        answer(429, "Retry-After", "3600");

        assertThat(stage.send(safe(BYTES), request(BYTES)).statusCode()).isEqualTo(429);
        assertThat(attempts).isEqualTo(1);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void aServerAskingForMoreThanTheCapAfterRetriesFailsWithItsWholeWait() {
        answer(503);
        answer(429, "retry-after-ms", "3600000");

        Throwable failure = catchThrowable(() -> stage.send(safe(BYTES), request(BYTES)));

        assertThat(failure).isInstanceOf(RateLimitException.class).hasMessageEndingWith("(after 2 attempts)");
        assertThat(((RateLimitException) failure).retryAfter()).contains(Duration.ofHours(1));
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(InternalServerException.class);
        assertThat(attempts).isEqualTo(2);
        assertThat(timing.waits()).hasSize(1);
    }

    @Test
    void theFinalErrorAnswerCountsTheAttemptsAndCarriesTheEarlierFailures() {
        answer(503);
        fail(RetryStageTest::reset);
        answer(409);
        answer(502);

        Throwable failure = catchThrowable(() -> stage.send(safe(BYTES), request(BYTES)));

        assertAfterFourAttempts(failure, InternalServerException.class);
        assertThat(failure).hasMessageContaining("status 502").hasMessageEndingWith("(after 4 attempts)");
        assertThat(answersObserved).as("the observers hear of the answer kept").containsExactly(502);
    }

    @Test
    void theFinalConnectionFailureCountsTheAttemptsAndKeepsItsCause() {
        answer(503);
        fail(RetryStageTest::reset);
        answer(409);
        fail(RetryStageTest::reset);

        Throwable failure = catchThrowable(() -> stage.send(safe(BYTES), request(BYTES)));

        assertAfterFourAttempts(failure, MistralConnectionException.class);
        assertThat(failure).hasMessage("reset (after 4 attempts)").hasCauseInstanceOf(IOException.class);
    }

    @Test
    void anAsynchronousCallEndsWithTheSameAccount() throws Exception {
        answer(503);
        fail(RetryStageTest::reset);
        answer(409);
        answer(502);

        CompletableFuture<TransportResponse> sent = stage.sendAsync(safe(BYTES), request(BYTES));

        Throwable failure = catchThrowable(() -> sent.get(10, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class);
        assertAfterFourAttempts(failure.getCause(), InternalServerException.class);
    }

    @Test
    void aSingleAttemptLeavesTheAnswerAndItsFailureAlone() {
        answer(400);
        fail(RetryStageTest::reset);

        assertThat(stage.send(safe(BYTES), request(BYTES)).statusCode()).isEqualTo(400);
        Throwable failure = catchThrowable(() -> stage.send(upload(BYTES), request(BYTES)));
        assertThat(((MistralException) failure).attempts()).isEqualTo(1);
        assertThat(failure).hasMessage("reset").hasNoSuppressedExceptions();
        assertThat(answersObserved).as("the executor tells of a single answer").isEmpty();
    }

    private void assertAfterFourAttempts(Throwable failure, Class<? extends MistralException> type) {
        assertThat(failure).isInstanceOf(type);
        assertThat(((MistralException) failure).attempts()).isEqualTo(4);
        assertThat(failure.getSuppressed()).extracting(Object::getClass).containsExactly(
                InternalServerException.class, MistralConnectionException.class, ConflictException.class);
        assertThat(attempts).isEqualTo(4);
    }
}
