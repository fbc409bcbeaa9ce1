package io.mistral4j.tck.simulator.wire;

/**
 * {@code capacity} units refilling steadily over {@code periodMillis}, starting full; may run
 * into debt when a cost is only known afterwards. A unit due within {@code toleranceMillis} counts
 * as available, the delay-variation tolerance of a real limiter (GCRA's tau): requests paced
 * exactly at the limit reach a server unevenly, and only the long-run rate is the limit.
 * Not thread-safe: its meter serialises calls.
 */
final class RefillingBucket {

    private final long capacity;
    private final double perMilli;
    private final double tolerance;
    private double available;
    private long updated;

    RefillingBucket(long capacity, long periodMillis, long toleranceMillis, long now) {
        this.capacity = capacity;
        this.perMilli = (double) capacity / periodMillis;
        this.tolerance = toleranceMillis * perMilli + 1e-9;   // and rounding
        this.available = capacity;
        this.updated = now;
    }

    long capacity() {
        return capacity;
    }

    /** Whole units available at {@code now}, never below 0. */
    long remaining(long now) {
        refill(now);
        return Math.max(0, (long) Math.floor(available));
    }

    /** Milliseconds until {@code units} are available (within the tolerance); 0 when they are. */
    long millisUntil(double units, long now) {
        refill(now);
        double missing = units - available - tolerance;
        return missing <= 0 ? 0 : (long) Math.ceil(missing / perMilli);
    }

    void take(long units, long now) {
        refill(now);
        available -= units;
    }

    private void refill(long now) {
        if (now > updated) {
            available = Math.min(capacity, available + (now - updated) * perMilli);
            updated = now;
        }
    }
}
