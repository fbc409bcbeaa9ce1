package io.mistral4j.impl.testing;

import io.mistral4j.impl.resilience.Timing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that passes only when the code under test waits: every sleep or delay is recorded and
 * moves the clock forward at once. Jitter draws a fixed number.
 */
public final class FakeTiming implements Timing {

    /** Where the clock starts: a fixed instant, so that HTTP dates in tests are exact. */
    public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private final AtomicLong nanosSinceStart = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    private final double random;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return START.plusNanos(nanosSinceStart.get());
        }
    };

    public FakeTiming() {
        this(0.5);
    }

    public FakeTiming(double random) {
        this.random = random;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public double random() {
        return random;
    }

    @Override
    public void sleep(Duration duration) {
        record(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration, Executor executor) {
        record(duration);
        return CompletableFuture.runAsync(() -> { }, executor);
    }

    /** Moves the clock without anybody waiting, e.g. past a breaker's open state. */
    public void advance(Duration duration) {
        nanosSinceStart.addAndGet(duration.toNanos());
    }

    public Instant now() {
        return clock.instant();
    }

    /** Every wait so far, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    private synchronized void record(Duration duration) {
        waits.add(duration);
        nanosSinceStart.addAndGet(Math.max(0, duration.toNanos()));
    }
}
