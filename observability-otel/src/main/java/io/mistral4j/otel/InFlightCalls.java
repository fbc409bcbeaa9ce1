package io.mistral4j.otel;

import io.mistral4j.spi.ApiCall;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls an observer is following, by the identity of their {@link ApiCall}: every event of
 * a call carries the same instance, while two different calls may be equal records. A call
 * leaves at its end or failure (a stream: when it ends or is closed).
 */
final class InFlightCalls {

    private final Map<Key, ObservedCall> calls = new ConcurrentHashMap<>();

    void put(ApiCall call, ObservedCall observed) {
        calls.put(new Key(call), observed);
    }

    ObservedCall get(ApiCall call) {
        return calls.get(new Key(call));
    }

    ObservedCall remove(ApiCall call) {
        return calls.remove(new Key(call));
    }

    int size() {
        return calls.size();
    }

    /** Equal only to a key of the same instance. */
    private static final class Key {
        private final ApiCall call;

        Key(ApiCall call) {
            this.call = call;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).call == call;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(call);
        }
    }
}
