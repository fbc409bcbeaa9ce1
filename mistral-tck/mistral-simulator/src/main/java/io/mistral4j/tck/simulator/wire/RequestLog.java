package io.mistral4j.tck.simulator.wire;

import io.mistral4j.tck.simulator.RecordedRequest;

import java.util.ArrayList;
import java.util.List;

/** Thread-safe, append-only record of received requests. */
public final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    public synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
