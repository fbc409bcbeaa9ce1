package io.mistral4j.impl.read;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon timer thread per client that fires the body deadlines (stream idle, overall):
 * an expired deadline closes the body under its reader. Cancelled alarms are dropped at once
 * so that a busy client does not pile them up.
 */
public final class Watchdog implements AutoCloseable {

    /** A scheduled alarm. */
    @FunctionalInterface
    public interface Alarm {
        void cancel();
    }

    private static final Alarm NEVER = () -> { };

    private final ScheduledThreadPoolExecutor timer;

    public Watchdog() {
        this("mistral4j-deadlines");
    }

    /** A watchdog whose timer thread has this name. */
    public Watchdog(String threadName) {
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code alarm} after {@code nanos} unless cancelled first. */
    public Alarm schedule(Runnable alarm, long nanos) {
        try {
            ScheduledFuture<?> future = timer.schedule(alarm, Math.max(0, nanos), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            // the client is closed: its transport ends the bodies anyway
            return NEVER;
        }
    }

    /** Whether the watchdog has been closed. */
    public boolean isClosed() {
        return timer.isShutdown();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
