package io.mistral4j.impl.read;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A deadline on the blocking reads of one body stream that costs a volatile write on each side
 * of a read instead of a timer task per read. The {@link Watchdog} holds at most one alarm per
 * deadline; when it fires it ends the read that overran, or re-arms itself for the time the
 * current read has left, or (no read going on) lets the next read arm it again. A stream read
 * steadily thus schedules about one alarm per timeout period, and one for each quiet spell.
 */
public final class ReadDeadline {

    /** No read is waiting. */
    private static final long NOT_READING = Long.MIN_VALUE;

    private final Watchdog watchdog;
    private final Runnable expiry;
    private final AtomicBoolean armed = new AtomicBoolean();
    private volatile long due = NOT_READING;
    private volatile Watchdog.Alarm alarm;
    private volatile boolean done;

    /** @param expiry run once, on the watchdog's thread, when a read overruns its deadline */
    public ReadDeadline(Watchdog watchdog, Runnable expiry) {
        this.watchdog = watchdog;
        this.expiry = expiry;
    }

    /** A read starts that must end before {@code dueNanos} ({@link System#nanoTime()} time). */
    public void readStarts(long dueNanos) {
        due = dueNanos == NOT_READING ? dueNanos + 1 : dueNanos;
        // Dekker-style with fire(): either this sees the alarm gone, or the alarm sees this read.
        if (!armed.get() && armed.compareAndSet(false, true)) {
            schedule(dueNanos - System.nanoTime());
        }
    }

    /** The read has returned. */
    public void readEnded() {
        due = NOT_READING;
    }

    /** No more reads: drops the pending alarm. */
    public void cancel() {
        done = true;
        due = NOT_READING;
        Watchdog.Alarm pending = alarm;
        if (pending != null) {
            pending.cancel();
        }
    }

    private void schedule(long nanos) {
        alarm = watchdog.schedule(this::fire, nanos);
    }

    private void fire() {
        if (done) {
            return;
        }
        long current = due;
        if (current != NOT_READING) {
            long left = current - System.nanoTime();
            if (left <= 0) {
                done = true;
                expiry.run();
            } else {
                schedule(left);
            }
            return;
        }
        armed.set(false);
        long started = due;
        if (started != NOT_READING && armed.compareAndSet(false, true)) {
            schedule(started - System.nanoTime());
        }
    }
}
