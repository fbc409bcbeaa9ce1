package io.mistral4j.impl.resilience;

import io.mistral4j.impl.http.IoFailures;
import io.mistral4j.impl.pipeline.CallStage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads each attempt's answer far enough that its outcome is known before the decorators above
 * judge it: a JSON or text answer whole into memory (so a connection cut mid-body is a failed
 * attempt, not a surprise for the caller), a successful event stream up to its first event.
 * Binary answers (downloads) are passed on unread.
 */
public final class SettleStage implements CallStage {

    /** Larger answers are streamed to the caller rather than held in memory. */
    private static final long MAX_BUFFERED = 64L * 1024 * 1024;

    private final CallStage next;
    private final Executor blockingExecutor;

    public SettleStage(CallStage next, Executor blockingExecutor) {
        this.next = next;
        this.blockingExecutor = blockingExecutor;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        return settle(call, next.send(call, request));
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        return next.sendAsync(call, request).thenApplyAsync(response -> settle(call, response), blockingExecutor);
    }

    private static TransportResponse settle(ApiCall call, TransportResponse response) {
        try {
            if (call.streaming() && response.statusCode() < 300) {
                return new PeekedResponse(response, FirstEventPeek.peek(response.body()));
            }
            if (!isBufferable(response)) {
                return response;
            }
            try (response) {
                return new BufferedResponse(response.statusCode(), response.headers(), response.body().readAllBytes());
            }
        } catch (IOException e) {
            response.close();
            throw IoFailures.reading(e, "the answer to " + call.method() + " " + call.path());
        } catch (RuntimeException e) {
            response.close();
            throw e;
        }
    }

    private static boolean isBufferable(TransportResponse response) {
        long length = response.headers().first("content-length").map(SettleStage::number).orElse(-1L);
        if (length > MAX_BUFFERED) {
            return false;
        }
        String type = response.headers().first("content-type").orElse("").toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("json") || type.startsWith("text/");
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A stream answer whose first event has been read and is replayed first. */
    private static final class PeekedResponse implements TransportResponse {
        private final TransportResponse original;
        private final InputStream body;

        PeekedResponse(TransportResponse original, InputStream body) {
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
            original.close();
        }
    }
}
