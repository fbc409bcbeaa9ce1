package io.mistral4j.impl.testing;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallObserver;
import java.util.ArrayList;
import java.util.List;

/** Records, per event, the operation name and what it reported; for asserting what services tell observers. */
public final class RecordingObserver implements CallObserver {

    private final List<String> events = new ArrayList<>();
    private final List<ApiCall> calls = new ArrayList<>();

    @Override
    public synchronized void onStart(ApiCall call) {
        events.add("start " + call.operation() + " " + call.model());
        calls.add(call);
    }

    @Override
    public synchronized void onUsage(ApiCall call, long inputTokens, long outputTokens) {
        events.add("usage " + call.operation() + " " + inputTokens + "+" + outputTokens);
    }

    @Override
    public synchronized void onEnd(ApiCall call) {
        events.add("end " + call.operation());
    }

    @Override
    public synchronized void onError(ApiCall call, Throwable error) {
        events.add("error " + call.operation() + " " + error.getClass().getSimpleName());
    }

    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    /** The calls that started, in order. */
    public synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }
}
