package io.mistral4j.impl.http;

import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.TransportRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All observers of a client as one; an observer that throws is logged and skipped. Also
 * counts the attempts of calls in flight from the retry events, for the call's log line.
 */
public final class Observers implements CallObserver {

    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);

    private final List<CallObserver> observers;
    private final AttemptCounter attempts = new AttemptCounter();

    public Observers(List<CallObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    /** The attempts of the calls in flight, as the retry events tell them. */
    public AttemptCounter attempts() {
        return attempts;
    }

    @Override
    public void onStart(ApiCall call) {
        each(o -> o.onStart(call));
    }

    /** Every observer's headers in one; the first observer to name a header wins. */
    @Override
    public Headers requestHeaders(ApiCall call, TransportRequest request) {
        Headers.Builder merged = null;
        Set<String> taken = null;
        for (int i = 0; i < observers.size(); i++) {
            CallObserver observer = observers.get(i);
            Headers headers;
            try {
                headers = observer.requestHeaders(call, request);
            } catch (RuntimeException e) {
                LOG.warn("Call observer {} failed; ignored", observer.getClass().getName(), e);
                continue;
            }
            if (headers == null || headers.isEmpty()) {
                continue;
            }
            if (merged == null) {
                merged = Headers.builder();
                taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            }
            for (String name : headers.names()) {
                if (taken.add(name)) {
                    for (String value : headers.all(name)) {
                        merged.add(name, value);
                    }
                }
            }
        }
        return merged == null ? Headers.empty() : merged.build();
    }

    @Override
    public void onResponse(ApiCall call, int statusCode, Headers headers) {
        each(o -> o.onResponse(call, statusCode, headers));
    }

    @Override
    public void onFirstChunk(ApiCall call) {
        each(o -> o.onFirstChunk(call));
    }

    @Override
    public void onUsage(ApiCall call, long inputTokens, long outputTokens) {
        each(o -> o.onUsage(call, inputTokens, outputTokens));
    }

    @Override
    public void onRetry(ApiCall call, int attempt, Throwable cause, java.time.Duration delay) {
        attempts.retried(call, attempt);
        each(o -> o.onRetry(call, attempt, cause, delay));
    }

    @Override
    public void onResult(ApiCall call, Object result) {
        each(o -> o.onResult(call, result));
    }

    @Override
    public void onEnd(ApiCall call) {
        each(o -> o.onEnd(call));
    }

    @Override
    public void onError(ApiCall call, Throwable error) {
        each(o -> o.onError(call, error));
    }

    private void each(Consumer<CallObserver> event) {
        for (int i = 0; i < observers.size(); i++) {
            CallObserver observer = observers.get(i);
            try {
                event.accept(observer);
            } catch (RuntimeException e) {
                LOG.warn("Call observer {} failed; ignored", observer.getClass().getName(), e);
            }
        }
    }
}
