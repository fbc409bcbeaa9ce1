package io.mistral4j.impl.testing;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the retries observers are told about. */
public final class RetryRecorder implements CallObserver {

    /** One {@code onRetry} event. */
    public record Retry(String operation, int attempt, Throwable cause, Duration delay) {
    }

    private final List<Retry> retries = new CopyOnWriteArrayList<>();

    @Override
    public CallListener onStart(ApiCall call) {
        return new CallListener() {
            @Override
            public void onRetry(int attempt, Throwable cause, Duration delay) {
                retries.add(new Retry(call.operation(), attempt, cause, delay));
            }
        };
    }

    public List<Retry> retries() {
        return List.copyOf(retries);
    }
}
