package io.mistral4j.impl.resilience;

import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.impl.pipeline.CallStage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The deadlines of one attempt: the wait for the status line and headers is the response
 * timeout or the time left in the call, whichever is shorter (a miss caused by the latter is
 * reported as the overall timeout); a streamed answer is ended when no event arrives within the
 * stream idle timeout.
 */
public final class AttemptTimeoutStage implements CallStage {

    private final CallStage next;
    private final Duration responseTimeout;
    private final Duration streamIdleTimeout;
    private final Watchdog watchdog;

    public AttemptTimeoutStage(CallStage next, Duration responseTimeout, Duration streamIdleTimeout, Watchdog watchdog) {
        this.next = next;
        this.responseTimeout = responseTimeout;
        this.streamIdleTimeout = streamIdleTimeout;
        this.watchdog = watchdog;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        Duration left = request.responseTimeout();
        boolean callBound = left != null && left.compareTo(responseTimeout) <= 0;
        try {
            return guard(call, next.send(call, narrowed(request, callBound ? left : responseTimeout)));
        } catch (MistralTimeoutException e) {
            throw callBound ? overall(e, left) : e;
        }
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        Duration left = request.responseTimeout();
        boolean callBound = left != null && left.compareTo(responseTimeout) <= 0;
        CompletableFuture<TransportResponse> sent;
        try {
            sent = next.sendAsync(call, narrowed(request, callBound ? left : responseTimeout));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, error) -> {
            if (error == null) {
                return guard(call, response);
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (callBound && cause instanceof MistralTimeoutException) {
                throw overall((MistralTimeoutException) cause, left);
            }
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
        });
    }

    private TransportResponse guard(ApiCall call, TransportResponse response) {
        if (!call.streaming() || response.statusCode() >= 300) {
            return response;
        }
        return new Rebodied(response, new EventIdleGuard(response.body(), watchdog, streamIdleTimeout));
    }

    private static TransportRequest narrowed(TransportRequest request, Duration timeout) {
        return new TransportRequest(request.method(), request.uri(), request.headers(), request.body(), timeout,
                request.streaming());
    }

    private static MistralTimeoutException overall(MistralTimeoutException e, Duration left) {
        if (e.kind() != MistralTimeoutException.Kind.RESPONSE) {
            return e;
        }
        return new MistralTimeoutException(MistralTimeoutException.Kind.OVERALL,
                "the call's overall timeout elapsed while waiting " + left.toMillis() + " ms for an answer", e);
    }

    /** The same answer read through another body stream; closing it still releases the original. */
    static final class Rebodied implements TransportResponse {
        private final TransportResponse original;
        private final InputStream body;

        Rebodied(TransportResponse original, InputStream body) {
            this.original = original;
            this.body = body;
        }

        @Override
        public int statusCode() {
            return original.statusCode();
        }

        @Override
        public io.mistral4j.Headers headers() {
            return original.headers();
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (java.io.IOException ignored) {
                // the original is closed below either way
            }
            original.close();
        }
    }
}
