package io.mistral4j.impl.testing;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import java.util.ArrayList;
import java.util.List;

/** Records, per event, the operation name and what it reported; for asserting what services tell observers. */
public final class RecordingObserver implements CallObserver {

    private final List<String> events = new ArrayList<>();
    private final List<ApiCall> calls = new ArrayList<>();

    @Override
    public synchronized CallListener onStart(ApiCall call) {
        events.add("start " + call.operation() + " " + call.model());
        calls.add(call);
        String operation = call.operation();
        return new CallListener() {
            @Override
            public void onUsage(long inputTokens, long outputTokens) {
                record("usage " + operation + " " + inputTokens + "+" + outputTokens);
            }

            @Override
            public void onEnd() {
                record("end " + operation);
            }

            @Override
            public void onError(Throwable error) {
                record("error " + operation + " " + error.getClass().getSimpleName());
            }
        };
    }

    private synchronized void record(String event) {
        events.add(event);
    }

    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    /** The calls that started, in order. */
    public synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }
}
