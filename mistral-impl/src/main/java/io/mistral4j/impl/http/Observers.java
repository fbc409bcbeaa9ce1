package io.mistral4j.impl.http;

import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallObserver;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All observers of a client as one; an observer that throws is logged and skipped. */
public final class Observers implements CallObserver {

    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);

    private final List<CallObserver> observers;

    public Observers(List<CallObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public void onStart(ApiCall call) {
        each(o -> o.onStart(call));
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
        each(o -> o.onRetry(call, attempt, cause, delay));
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
