package io.mistral4j.tck.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The simulator's time, which fine-tuning and batch jobs move through their statuses by. It
 * runs at a chosen rate against the real clock (0: frozen, 1: real time, 600: ten minutes a
 * second) and tests move it forward at will with {@link #advance(Duration)}. Job states are
 * recomputed from this clock whenever they are read, so advancing it is all a test needs to
 * do; nothing runs in the background.
 *
 * <pre>{@code
 * MistralSimulator sim = MistralSimulator.builder().clock(SimulatedClock.frozen()).start();
 * ... create a fine-tuning job ...
 * sim.clock().advance(Duration.ofMinutes(30));   // the job has now succeeded
 * }</pre>
 */
public final class SimulatedClock {

    private final Instant origin;
    private final double rate;
    private final LongSupplier realNanos;
    private final long realStart;
    private long advancedNanos;

    SimulatedClock(Instant origin, double rate, LongSupplier realNanos) {
        if (rate < 0 || Double.isNaN(rate) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be 0 or more, was " + rate);
        }
        this.origin = Objects.requireNonNull(origin, "origin");
        this.rate = rate;
        this.realNanos = realNanos;
        this.realStart = realNanos.getAsLong();
    }

    /** Starts at the current time and runs with it. */
    public static SimulatedClock system() {
        return new SimulatedClock(Instant.now(), 1, System::nanoTime);
    }

    /** Starts at the current time and stands still until advanced. */
    public static SimulatedClock frozen() {
        return frozenAt(Instant.now());
    }

    /** Starts at {@code origin} and stands still until advanced. */
    public static SimulatedClock frozenAt(Instant origin) {
        return new SimulatedClock(origin, 0, System::nanoTime);
    }

    /** Starts at the current time and runs {@code rate} times faster than it. */
    public static SimulatedClock accelerated(double rate) {
        return new SimulatedClock(Instant.now(), rate, System::nanoTime);
    }

    /** The simulated now. */
    public synchronized Instant now() {
        long elapsedReal = realNanos.getAsLong() - realStart;
        return origin.plusNanos(advancedNanos + (long) (elapsedReal * rate));
    }

    /** The simulated now in seconds since the epoch, as the API reports times. */
    public long epochSecond() {
        return now().getEpochSecond();
    }

    /** Moves time forward; jobs see the new time at their next read. */
    public synchronized SimulatedClock advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, was " + duration);
        }
        advancedNanos += duration.toNanos();
        return this;
    }

    /** How fast this clock runs against the real one. */
    public double rate() {
        return rate;
    }

    @Override
    public String toString() {
        return "SimulatedClock{now=" + now() + ", rate=" + rate + '}';
    }
}
