package io.mistral4j.impl.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The clock, the waits and the randomness of the waits of the resilience decorators (retry
 * backoff and its jitter, budget waits, breaker state), in one place so that tests replace
 * them, never really sleep and see the same delays every run.
 */
public interface Timing {

    Clock clock();

    /** A number in {@code [0, 1)} for backoff jitter. */
    default double random() {
        return java.util.concurrent.ThreadLocalRandom.current().nextDouble();
    }

    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** Completes on {@code executor} once {@code duration} has passed, without blocking anyone. */
    CompletableFuture<Void> delay(Duration duration, Executor executor);

    /** The system clock and real waits. */
    static Timing system() {
        return SystemTiming.INSTANCE;
    }

    /** Real time. */
    final class SystemTiming implements Timing {
        static final SystemTiming INSTANCE = new SystemTiming();

        private SystemTiming() {
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            }
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration, Executor executor) {
            if (duration.isNegative() || duration.isZero()) {
                return CompletableFuture.completedFuture(null);
            }
            // A closed client's executor refuses work: then go on inline, so that the waiting
            // call reaches the closed transport and fails instead of never completing.
            Executor orInline = command -> {
                try {
                    executor.execute(command);
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    command.run();
                }
            };
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS, orInline));
        }
    }
}
