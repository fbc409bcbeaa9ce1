package io.mistral4j.spi;

import io.mistral4j.Headers;

/**
 * Listens to the life of each call: start, each attempt's answer, the first streamed event,
 * token usage, and the end or failure. Every method has a no-op default. Implementations must
 * be fast and must never throw: an observer's exception is logged and swallowed.
 */
public interface CallObserver {

    /** The call is about to be attempted for the first time. */
    default void onStart(ApiCall call) {
    }

    /** An attempt got an answer (any status). */
    default void onResponse(ApiCall call, int statusCode, Headers headers) {
    }

    /** The first event of a streamed answer reached the caller. */
    default void onFirstChunk(ApiCall call) {
    }

    /** The answer reported token usage (for streams: from the last event). */
    default void onUsage(ApiCall call, long inputTokens, long outputTokens) {
    }

    /**
     * An attempt failed and another will follow after {@code delay}.
     *
     * @param attempt the number of the attempt that failed, from 1
     * @param cause   why it failed (a typed exception)
     * @param delay   the wait before the next attempt
     */
    default void onRetry(ApiCall call, int attempt, Throwable cause, java.time.Duration delay) {
    }

    /** The call ended normally; for streams, when the stream ended or was closed. */
    default void onEnd(ApiCall call) {
    }

    /** The call failed with {@code error}. */
    default void onError(ApiCall call, Throwable error) {
    }
}
