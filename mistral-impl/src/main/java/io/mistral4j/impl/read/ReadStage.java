package io.mistral4j.impl.read;

import io.mistral4j.ResponseLimits;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Reads each attempt's answer under the client's bounds, far enough that its outcome is known
 * before the decorators above judge it (see {@link Answers} for each kind of answer). The
 * request's {@code responseTimeout} arrives here as the time left in the call; the wait for the
 * status line and headers is that or the attempt's response timeout, whichever is shorter (a
 * miss caused by the former is reported as the overall timeout), and every byte read after it
 * is under the call's deadline.
 */
public final class ReadStage implements CallStage {

    private final CallStage next;
    private final Duration responseTimeout;
    private final ResponseLimits limits;
    private final Answers answers;
    private final Executor blockingExecutor;

    /**
     * @param blockingExecutor where asynchronous calls read their answers (reads block)
     */
    public ReadStage(CallStage next, Duration responseTimeout, Duration streamIdleTimeout, ResponseLimits limits,
                     Watchdog watchdog, Executor blockingExecutor) {
        this.next = next;
        this.responseTimeout = responseTimeout;
        this.limits = limits;
        this.answers = new Answers(watchdog, streamIdleTimeout);
        this.blockingExecutor = blockingExecutor;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        Duration left = request.responseTimeout();
        CallDeadline deadline = CallDeadline.in(left);
        TransportResponse response;
        try {
            response = next.send(call, narrowed(request, left));
        } catch (MistralTimeoutException e) {
            throw asOverall(e, left);
        }
        return read(call, request, response, deadline);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        Duration left = request.responseTimeout();
        CallDeadline deadline = CallDeadline.in(left);
        CompletableFuture<TransportResponse> sent;
        try {
            sent = next.sendAsync(call, narrowed(request, left));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, error) -> {
            if (error == null) {
                return response;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof MistralTimeoutException) {
                throw asOverall((MistralTimeoutException) cause, left);
            }
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
        }).thenApplyAsync(response -> read(call, request, response, deadline), blockingExecutor);
    }

    private TransportResponse read(ApiCall call, TransportRequest request, TransportResponse response,
                                   CallDeadline deadline) {
        try {
            if (response.statusCode() >= 300) {
                try (response) {
                    return answers.error(response, deadline);
                }
            }
            if (call.streaming()) {
                return answers.stream(response, deadline, limits.maxEventBytes());
            }
            if (expectsBinary(request)) {
                return answers.download(response, deadline, limits.maxEventBytes());
            }
            try (response) {
                return answers.buffered(response, deadline,
                        call.options().maxResponseBytes().orElse(limits.maxResponseBytes()));
            }
        } catch (IOException e) {
            response.close();
            throw IoFailures.reading(e, "the answer to " + call.method() + " " + call.path());
        } catch (RuntimeException e) {
            response.close();
            throw e;
        }
    }

    /** The attempt's request, waiting for headers no longer than the response timeout or the time left. */
    private TransportRequest narrowed(TransportRequest request, Duration left) {
        Duration wait = isCallBound(left) ? left : responseTimeout;
        return new TransportRequest(request.method(), request.uri(), request.headers(), request.body(), wait,
                request.streaming());
    }

    private boolean isCallBound(Duration left) {
        return left != null && left.compareTo(responseTimeout) <= 0;
    }

    private MistralTimeoutException asOverall(MistralTimeoutException e, Duration left) {
        if (!isCallBound(left) || e.kind() != MistralTimeoutException.Kind.RESPONSE) {
            return e;
        }
        return new MistralTimeoutException(MistralTimeoutException.Kind.OVERALL,
                "the call's overall timeout elapsed while waiting " + left.toMillis() + " ms for an answer", e);
    }

    /** Downloads ask for binary content and are streamed to the caller; every other answer is read whole. */
    private static boolean expectsBinary(TransportRequest request) {
        return request.headers().first("accept").orElse("").toLowerCase(Locale.ROOT)
                .contains("application/octet-stream");
    }
}
