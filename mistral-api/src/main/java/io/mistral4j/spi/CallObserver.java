package io.mistral4j.spi;

import io.mistral4j.Headers;

/**
 * Listens to the life of each call: start, each attempt's answer, the first streamed event,
 * token usage, the decoded result, and the end or failure. Every method has a no-op default.
 * Implementations must be fast and must never throw: an observer's exception is logged and
 * swallowed.
 *
 * <p>Order of the events of one call: {@link #onStart}, {@link #requestHeaders} (unless the
 * request could not be built), {@link #onRetry} before each new attempt, {@link #onResponse}
 * with the answer kept, for streams {@link #onFirstChunk}, then {@link #onUsage} and
 * {@link #onResult} when the answer has them, and last exactly one of {@link #onEnd} or
 * {@link #onError}. The same {@link ApiCall}
 * instance is passed to every event of a call, so an observer keeps per-call state by that
 * instance's identity (two calls may be equal records).
 *
 * <p>Observers found through {@link java.util.ServiceLoader} are added to every client; an
 * observer given to {@code MistralClient.Builder.addObserver} replaces a discovered one of the
 * same class, so configuring an observer explicitly never reports a call twice.
 */
public interface CallObserver {

    /** The call is about to be attempted for the first time. */
    default void onStart(ApiCall call) {
    }

    /**
     * Headers this observer adds to the call's request, e.g. the W3C {@code traceparent} of the
     * call's span. Asked once per call, right after {@link #onStart}, with the request as built
     * (its URI tells the server; authentication is not in it yet); the headers go out with every
     * attempt. A header the request already has (a default or per-call header) is kept and the
     * observer's value dropped, and authentication headers are always the client's own.
     *
     * @return the headers to add; {@link Headers#empty()} (the default) for none
     */
    default Headers requestHeaders(ApiCall call, TransportRequest request) {
        return Headers.empty();
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

    /**
     * The decoded answer of a successful call, before {@link #onEnd}: e.g. a
     * {@code ChatCompletionResponse}. For a stream, the completion accumulated from its events
     * when the stream ended or was closed. Not called for calls without a body (204).
     */
    default void onResult(ApiCall call, Object result) {
    }

    /** The call ended normally; for streams, when the stream ended or was closed. */
    default void onEnd(ApiCall call) {
    }

    /** The call failed with {@code error}. */
    default void onError(ApiCall call, Throwable error) {
    }
}
