package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.impl.read.BufferedResponse;
import io.mistral4j.Headers;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.CircuitOpenException;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.RateLimitExceededException;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The retry decisions that do not need a server: what is final and what a body allows. */
class RetryStageTest {

    private final FakeTiming timing = new FakeTiming();
    private final Deque<Supplier<TransportResponse>> outcomes = new ArrayDeque<>();
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
    private final RetryStage stage = new RetryStage(next, RetryPolicy.builder().maxAttempts(4).jitter(0).build(),
            timing, () -> 0.0, new CallObserver() { }, Runnable::run);

    private static ApiCall call(RequestBody body) {
        return new ApiCall("files.upload", null, "POST", "/v1/files", null, body, false, null, RequestOptions.none());
    }

    private static TransportRequest request(RequestBody body) {
        return new TransportRequest("POST", URI.create("http://127.0.0.1/v1/files"), Headers.empty(), body,
                Duration.ofMinutes(1), false);
    }

    private static TransportResponse ok() {
        return new BufferedResponse(200, Headers.empty(), "{}".getBytes());
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
        outcomes.add(() -> {
            throw new MistralConnectionException("reset", null);
        });

        assertThatThrownBy(() -> stage.send(call(oneShot()), request(oneShot())))
                .isInstanceOf(MistralConnectionException.class);
        assertThat(attempts).isEqualTo(1);
    }

    @Test
    void aRepeatableBodyIsRetried() {
        RequestBody body = RequestBody.ofBytes(new byte[] {1}, "application/octet-stream");
        outcomes.add(() -> {
            throw new MistralConnectionException("reset", null);
        });
        outcomes.add(RetryStageTest::ok);

        assertThat(stage.send(call(body), request(body)).statusCode()).isEqualTo(200);
        assertThat(attempts).isEqualTo(2);
        assertThat(timing.waits()).containsExactly(RetryPolicy.defaults().initialBackoff());
    }

    @Test
    void anOpenBreakerASpentBudgetAndTheOverallTimeoutAreFinal() {
        RequestBody body = RequestBody.ofBytes(new byte[] {1}, "application/octet-stream");
        outcomes.add(() -> {
            throw new CircuitOpenException("client", Instant.now(), Instant.now(), "");
        });
        outcomes.add(() -> {
            throw new RateLimitExceededException("requests per second", 1, Duration.ofSeconds(1), Duration.ZERO);
        });
        outcomes.add(() -> {
            throw new MistralTimeoutException(MistralTimeoutException.Kind.OVERALL, "late", null);
        });

        assertThatThrownBy(() -> stage.send(call(body), request(body))).isInstanceOf(CircuitOpenException.class);
        assertThatThrownBy(() -> stage.send(call(body), request(body))).isInstanceOf(RateLimitExceededException.class);
        assertThatThrownBy(() -> stage.send(call(body), request(body))).isInstanceOf(MistralTimeoutException.class);
        assertThat(attempts).isEqualTo(3);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void laterAttemptsGetOnlyTheTimeLeftInTheCall() {
        RequestBody body = RequestBody.ofBytes(new byte[] {1}, "application/octet-stream");
        Deque<Duration> seen = new ArrayDeque<>();
        RetryStage recording = new RetryStage(new CallStage() {
            @Override
            public TransportResponse send(ApiCall call, TransportRequest request) {
                seen.add(request.responseTimeout());
                if (seen.size() == 1) {
                    throw new MistralConnectionException("reset", null);
                }
                return ok();
            }

            @Override
            public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
                throw new UnsupportedOperationException();
            }
        }, RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(10)).jitter(0).build(),
                timing, () -> 0.0, new CallObserver() { }, Runnable::run);

        recording.send(call(body), request(body));

        assertThat(seen).containsExactly(Duration.ofMinutes(1), Duration.ofSeconds(50));
    }
}
