package io.mistral4j.impl.http;

import io.mistral4j.Headers;
import io.mistral4j.spi.CallListener;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one call as one: each event goes to every listener the client's observers
 * handed out for this call; a listener that throws is logged and skipped. Also counts the
 * call's attempts from its retry events, for the call's log line. Lives as long as the call.
 */
public final class CallEvents implements CallListener {

    private static final Logger LOG = LoggerFactory.getLogger(CallEvents.class);

    private final List<CallListener> listeners;
    private volatile int attempt = 1;

    CallEvents(List<CallListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** Events that reach no one; for calls made outside a client's executor (tests). */
    public static CallEvents none() {
        return new CallEvents(List.of());
    }

    /** The listeners of this call, in the order of the observers that handed them out. */
    List<CallListener> listeners() {
        return listeners;
    }

    /** The number of the current attempt: 1 unless the call was retried. */
    public int attempt() {
        return attempt;
    }

    @Override
    public void onRequest(URI uri) {
        each(listener -> listener.onRequest(uri));
    }

    @Override
    public void onResponse(int statusCode, Headers headers) {
        each(listener -> listener.onResponse(statusCode, headers));
    }

    @Override
    public void onFirstChunk() {
        each(CallListener::onFirstChunk);
    }

    @Override
    public void onUsage(long inputTokens, long outputTokens) {
        each(listener -> listener.onUsage(inputTokens, outputTokens));
    }

    @Override
    public void onRetry(int failedAttempt, Throwable cause, Duration delay) {
        attempt = Math.max(attempt, failedAttempt + 1);
        each(listener -> listener.onRetry(failedAttempt, cause, delay));
    }

    @Override
    public void onResult(Object result) {
        each(listener -> listener.onResult(result));
    }

    @Override
    public void onEnd() {
        each(CallListener::onEnd);
    }

    @Override
    public void onError(Throwable error) {
        each(listener -> listener.onError(error));
    }

    private void each(Consumer<CallListener> event) {
        for (int i = 0; i < listeners.size(); i++) {
            CallListener listener = listeners.get(i);
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("Call listener {} failed; ignored", listener.getClass().getName(), e);
            }
        }
    }
}
