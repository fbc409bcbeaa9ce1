package io.mistral4j.impl.http;

import io.mistral4j.spi.ApiCall;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many attempts each call in flight has made, learnt from the retry events
 * ({@link io.mistral4j.spi.CallObserver#onRetry}) that the retry decorator sends: the number
 * the call's DEBUG line reports. Calls are told apart by the identity of their {@link ApiCall}
 * (two calls may be equal records). Only calls {@link #begin begun} are counted; the
 * {@link CallExecutor} begins them only while its DEBUG log is on, so this costs nothing
 * otherwise.
 */
public final class AttemptCounter {

    private final Map<Identity, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    /** Starts counting {@code call}'s attempts at 1. */
    void begin(ApiCall call) {
        inFlight.put(new Identity(call), new AtomicInteger(1));
    }

    /** Attempt {@code failedAttempt} of {@code call} failed and another follows. */
    void retried(ApiCall call, int failedAttempt) {
        AtomicInteger count = inFlight.get(new Identity(call));
        if (count != null) {
            count.accumulateAndGet(failedAttempt + 1, Math::max);
        }
    }

    /** The number of the current attempt of {@code call}: 1 unless it was retried (or not begun). */
    int current(ApiCall call) {
        AtomicInteger count = inFlight.get(new Identity(call));
        return count == null ? 1 : count.get();
    }

    /** How many calls are being counted. */
    int inFlight() {
        return inFlight.size();
    }

    /** Stops counting {@code call}. */
    void end(ApiCall call) {
        inFlight.remove(new Identity(call));
    }

    /** A key equal only to a key of the same call instance: identity, not record equality. */
    private static final class Identity {
        private final ApiCall call;

        Identity(ApiCall call) {
            this.call = call;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity && ((Identity) other).call == call;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(call);
        }
    }
}
