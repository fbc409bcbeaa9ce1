package io.mistral4j.impl.resilience;

import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.impl.pipeline.CallStage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The call's overall timeout, outside the retries. The stages inside keep their attempts and
 * waits within the time left (the request's {@code responseTimeout} carries it down); this one
 * bounds what they hand back unread, a stream or a download, by ending its body at the deadline.
 */
public final class DeadlineStage implements CallStage {

    private final CallStage next;
    private final Watchdog watchdog;

    public DeadlineStage(CallStage next, Watchdog watchdog) {
        this.next = next;
        this.watchdog = watchdog;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        long deadline = deadline(request);
        return guard(next.send(call, request), deadline, request.responseTimeout());
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        long deadline = deadline(request);
        return next.sendAsync(call, request).thenApply(response -> guard(response, deadline, request.responseTimeout()));
    }

    private static long deadline(TransportRequest request) {
        return request.responseTimeout() == null ? Long.MAX_VALUE : System.nanoTime() + request.responseTimeout().toNanos();
    }

    private TransportResponse guard(TransportResponse response, long deadline, Duration overall) {
        if (response instanceof BufferedResponse || deadline == Long.MAX_VALUE) {
            return response;
        }
        return new AttemptTimeoutStage.Rebodied(response,
                new DeadlineGuard(response.body(), watchdog, deadline - System.nanoTime(), overall));
    }

    /** Ends the body at the deadline; closing it first cancels the alarm. */
    private static final class DeadlineGuard extends GuardedBody {
        private final Duration overall;
        private final Watchdog.Alarm alarm;

        DeadlineGuard(InputStream in, Watchdog watchdog, long nanosLeft, Duration overall) {
            super(in, MistralTimeoutException.Kind.OVERALL);
            this.overall = overall;
            this.alarm = watchdog.schedule(this::expire, nanosLeft);
        }

        @Override
        String expiryMessage() {
            return "the call's overall timeout of " + overall.toMillis() + " ms elapsed";
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return readGuarded(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            alarm.cancel();
            super.close();
        }
    }
}
