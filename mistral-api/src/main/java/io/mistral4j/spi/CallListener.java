package io.mistral4j.spi;

import io.mistral4j.Headers;
import java.net.URI;
import java.time.Duration;

/**
 * The events of one call, handed out by {@link CallObserver#onStart} when the call starts: the
 * listener is that call's own, so it keeps the call's state in its fields. Every method has a
 * no-op default. Implementations must be fast and must never throw: a listener's exception is
 * logged and swallowed.
 *
 * <p>Order of the events: {@link #onRequest} (unless the request could not be built),
 * {@link #onRetry} before each new attempt, {@link #onResponse} with the answer kept, for
 * streams {@link #onFirstChunk}, then {@link #onUsage} and {@link #onResult} when the answer
 * has them, and last exactly one of {@link #onEnd} or {@link #onError}. The events arrive one
 * after another, though not always on the same thread (asynchronous calls and streams move
 * between threads), so state kept across events needs safe publication (e.g. synchronized
 * methods).
 *
 * <p>A listener only listens: no event gives it the request to change. Headers a call should
 * carry (such as a trace context) come from a {@link RequestHeaderPropagator}.
 */
public interface CallListener {

    /** A listener that ignores every event: what an observer returns for a call it does not follow. */
    CallListener NONE = new CallListener() {
        @Override
        public String toString() {
            return "CallListener.NONE";
        }
    };

    /**
     * The call's request is built and about to be sent; the same target serves every attempt.
     *
     * @param uri the absolute target, query included (never credentials: authentication is added later)
     */
    default void onRequest(URI uri) {
    }

    /**
     * An attempt got the answer that is kept (any status).
     *
     * @param statusCode the HTTP status
     * @param headers    the answer's headers
     */
    default void onResponse(int statusCode, Headers headers) {
    }

    /** The first event of a streamed answer reached the caller. */
    default void onFirstChunk() {
    }

    /**
     * The answer reported token usage (for streams: from the event that carried it).
     *
     * @param inputTokens  the prompt's tokens
     * @param outputTokens the completion's tokens
     */
    default void onUsage(long inputTokens, long outputTokens) {
    }

    /**
     * An attempt failed and another will follow after {@code delay}.
     *
     * @param attempt the number of the attempt that failed, from 1
     * @param cause   why it failed (a typed exception)
     * @param delay   the wait before the next attempt
     */
    default void onRetry(int attempt, Throwable cause, Duration delay) {
    }

    /**
     * The decoded answer of a successful call, before {@link #onEnd}: e.g. a
     * {@code ChatCompletionResponse}. For a stream, the completion accumulated from its events
     * when the stream ended or was closed. Not called for calls without a body (204).
     *
     * @param result the decoded answer
     */
    default void onResult(Object result) {
    }

    /** The call ended normally; for streams, when the stream ended or was closed. */
    default void onEnd() {
    }

    /**
     * The call failed.
     *
     * @param error why (a typed exception)
     */
    default void onError(Throwable error) {
    }
}
