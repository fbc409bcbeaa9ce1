package io.mistral4j.tck.simulator.wire;

/**
 * {@code capacity} units refilling steadily over {@code periodMillis}, starting full; may run
 * into debt when a cost is only known afterwards. Not thread-safe: its meter serialises calls.
 */
final class RefillingBucket {

    private static final double ROUNDING = 1e-6;

    private final long capacity;
    private final double perMilli;
    private double available;
    private long updated;

    RefillingBucket(long capacity, long periodMillis, long now) {
        this.capacity = capacity;
        this.perMilli = (double) capacity / periodMillis;
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

    /**
     * Milliseconds until {@code units} are available; 0 when they are. A shortfall within rounding
     * counts as available: a client pacing itself exactly at the limit is not refused for it.
     */
    long millisUntil(double units, long now) {
        refill(now);
        double missing = units - available;
        return missing <= ROUNDING ? 0 : (long) Math.ceil(missing / perMilli);
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
