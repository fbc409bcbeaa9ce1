package io.mistral4j.impl.transport.jdk;

import io.mistral4j.impl.read.Watchdog;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deadlines of the exchanges waiting for their headers and of the bodies being received whole,
 * watched with one alarm for them all: it fires at the earliest deadline, expires the ones that
 * are overdue and sets itself for the next.
 * Watching a body is a set insertion; only a body due before the pending alarm schedules a new
 * one. A timer task per body would wake the timer thread for nearly every answer, because
 * bodies that arrive in microseconds leave its queue empty between them.
 */
final class BodyDeadlines {

    /** A body under watch. */
    interface Watched {
        /** When it is due ({@link System#nanoTime()} time); it may move later as bytes arrive. */
        long dueNanos();

        /** Called once, on the timer's thread, when it is overdue. */
        void expire();
    }

    private final Watchdog timer;
    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    /** When the pending alarm fires; meaningless unless {@link #pending}. */
    private volatile long alarmAt;
    private volatile boolean pending;

    BodyDeadlines(Watchdog timer) {
        this.timer = timer;
    }

    void watch(Watched body) {
        watched.add(body);
        long due = body.dueNanos();
        // Read after the insertion: an alarm seen pending here will see the body when it fires.
        if (!pending || due - alarmAt < 0) {
            alarmNoLaterThan(due);
        }
    }

    void unwatch(Watched body) {
        watched.remove(body);
    }

    private synchronized void alarmNoLaterThan(long due) {
        if (!pending || due - alarmAt < 0) {
            alarmAt = due;
            pending = true;
            timer.schedule(() -> fire(due), due - System.nanoTime());
        }
    }

    /** Expires the overdue bodies and sets the alarm for the earliest of the others. */
    private void fire(long at) {
        synchronized (this) {
            if (pending && alarmAt == at) {
                pending = false;   // from here on, a new body schedules its own alarm
            }
        }
        long now = System.nanoTime();
        long earliest = 0;
        boolean any = false;
        for (Watched body : watched) {
            long due = body.dueNanos();
            if (due - now <= 0) {
                watched.remove(body);
                body.expire();
            } else if (!any || due - earliest < 0) {
                earliest = due;
                any = true;
            }
        }
        if (any) {
            alarmNoLaterThan(earliest);
        }
    }
}
