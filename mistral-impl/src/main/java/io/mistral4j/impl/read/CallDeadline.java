package io.mistral4j.impl.read;

import java.time.Duration;

/** When the call must be over, on the {@link System#nanoTime()} clock, or none. */
final class CallDeadline {

    private static final CallDeadline NONE = new CallDeadline(Long.MAX_VALUE, null);

    private final long dueNanos;
    private final Duration left;

    private CallDeadline(long dueNanos, Duration left) {
        this.dueNanos = dueNanos;
        this.left = left;
    }

    /** The deadline {@code left} from now (null: none). */
    static CallDeadline in(Duration left) {
        if (left == null) {
            return NONE;
        }
        long now = System.nanoTime();
        long nanos = saturatedNanos(left);
        return new CallDeadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos, left);
    }

    boolean isSet() {
        return left != null && dueNanos != Long.MAX_VALUE;
    }

    long nanosLeft() {
        return dueNanos - System.nanoTime();
    }

    /** The time that was left when the deadline was taken, for messages. */
    long millisAtStart() {
        return left == null ? Long.MAX_VALUE : saturatedNanos(left) / 1_000_000;
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return Math.max(0, duration.toNanos());
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
