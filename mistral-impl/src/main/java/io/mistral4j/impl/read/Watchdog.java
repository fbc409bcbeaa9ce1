package io.mistral4j.impl.read;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One daemon timer thread per client that fires the body deadlines (stream idle, overall).
 *
 * <p>Alarms are kept in a set watched by a single timer task set for the earliest of them:
 * scheduling an alarm is a set insertion, and only an alarm due before the pending task asks
 * the timer for a new one. A timer task per alarm would wake the timer thread for nearly every
 * call, because the deadlines of calls that end in microseconds are cancelled at once, leaving
 * its queue empty, and each task put into an empty queue wakes the thread. Cancelling removes
 * the alarm from the set, so a busy client does not pile them up.
 */
public final class Watchdog implements AutoCloseable {

    /** A scheduled alarm. */
    @FunctionalInterface
    public interface Alarm {
        void cancel();
    }

    private static final Alarm NEVER = () -> { };

    private final ScheduledThreadPoolExecutor timer;
    private final Set<Pending> pending = ConcurrentHashMap.newKeySet();
    /** When the timer task last asked for fires; meaningless unless {@link #taskSet}. */
    private volatile long taskAt;
    private volatile boolean taskSet;

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

    /** Runs {@code alarm} on the timer's thread after {@code nanos} unless cancelled first. */
    public Alarm schedule(Runnable alarm, long nanos) {
        if (timer.isShutdown()) {
            return NEVER; // the client is closed: its transport ends the bodies anyway
        }
        Pending entry = new Pending(alarm, System.nanoTime() + Math.max(0, nanos));
        pending.add(entry);
        // Read after the insertion: a task seen set here will see the entry when it runs.
        if (!taskSet || entry.due - taskAt < 0) {
            taskNoLaterThan(entry.due);
        }
        return entry;
    }

    /** Whether the watchdog has been closed. */
    public boolean isClosed() {
        return timer.isShutdown();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pending.clear();
    }

    private synchronized void taskNoLaterThan(long due) {
        if (!taskSet || due - taskAt < 0) {
            try {
                timer.schedule(() -> fire(due), due - System.nanoTime(), TimeUnit.NANOSECONDS);
                taskAt = due;
                taskSet = true;
            } catch (RejectedExecutionException closed) {
                pending.clear();
            }
        }
    }

    /** Runs the alarms that are due and sets the task for the earliest of the others. */
    private void fire(long at) {
        synchronized (this) {
            if (taskSet && taskAt == at) {
                taskSet = false; // from here on, a new alarm sets its own task
            }
        }
        long now = System.nanoTime();
        long earliest = 0;
        boolean any = false;
        for (Pending entry : pending) {
            if (entry.due - now <= 0) {
                if (pending.remove(entry)) {
                    entry.run();
                }
            } else if (!any || entry.due - earliest < 0) {
                earliest = entry.due;
                any = true;
            }
        }
        if (any) {
            taskNoLaterThan(earliest);
        }
    }

    /** One alarm: identity, not value, decides set membership. */
    private final class Pending implements Alarm {
        private final Runnable alarm;
        private final long due;
        private final AtomicBoolean ran = new AtomicBoolean();

        Pending(Runnable alarm, long due) {
            this.alarm = alarm;
            this.due = due;
        }

        void run() {
            if (ran.compareAndSet(false, true)) {
                try {
                    alarm.run();
                } catch (RuntimeException e) {
                    // an alarm's failure must not stop the others; the alarm reports its own errors
                }
            }
        }

        @Override
        public void cancel() {
            pending.remove(this);
        }
    }
}
