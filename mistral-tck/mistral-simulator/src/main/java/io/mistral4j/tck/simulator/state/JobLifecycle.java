package io.mistral4j.tck.simulator.state;

import java.util.HashSet;
import java.util.Set;

/**
 * The lifecycle every simulated job shares: a status that moves on the simulated clock, a
 * cancel request honoured {@value #CANCELLED_AFTER} s later, and end statuses (success, the
 * job's failures, {@code CANCELLED}) after which nothing moves. Nothing runs in the
 * background: every read first applies, in order, the transitions due by the time it is read
 * at, so advancing the clock is all it takes to move a job on.
 *
 * <p>A kind of job extends this class. It passes its first status and its end statuses to the
 * constructor and implements two steps: {@link #leavesAt(String)} says when the job leaves a
 * status (or that it waits there), and {@link #leave(String, long)} does what is due then and
 * names the next status, which may be a failure. Optional hooks see a cancel request, the
 * cancellation and every status entered (for an event log). Its own reads lock the job
 * ({@code synchronized} methods) and call {@link #refresh(long)} first. Document processing,
 * for instance, would start at {@code todo}, leave it for {@code in_progress} some seconds
 * after the upload, and leave that for {@code done} or {@code error} once its pages are read;
 * a kind of job that cannot be cancelled offers no route that calls {@link #cancel(long)}.
 */
public abstract class JobLifecycle {

    public static final String CANCELLATION_REQUESTED = "CANCELLATION_REQUESTED";
    public static final String CANCELLED = "CANCELLED";
    static final long CANCELLED_AFTER = 5;

    private final String id;
    private final long createdAt;
    private final Set<String> ends;
    private String status;
    private long cancelRequestedAt = -1;

    /**
     * @param first the status the job is created in
     * @param ends  the statuses it never leaves; {@link #CANCELLED} is one of them anyway
     */
    protected JobLifecycle(String id, long createdAt, String first, Set<String> ends) {
        this.id = id;
        this.createdAt = createdAt;
        this.status = first;
        this.ends = new HashSet<>(ends);
        this.ends.add(CANCELLED);
    }

    public final String id() {
        return id;
    }

    public final long createdAt() {
        return createdAt;
    }

    /** The status at {@code now}. */
    public final synchronized String status(long now) {
        refresh(now);
        return status;
    }

    /** The status the last refresh left; for the job's own reads, which refresh first. */
    protected final synchronized String status() {
        return status;
    }

    /** Asks to cancel; false if the job already ended or a cancel was already asked for. */
    public final synchronized boolean cancel(long now) {
        refresh(now);
        if (ends.contains(status) || status.equals(CANCELLATION_REQUESTED)) {
            return false;
        }
        cancelRequested(status, now);
        cancelRequestedAt = now;
        enter(CANCELLATION_REQUESTED, now);
        return true;
    }

    /** Applies every transition due by {@code now}, in order. */
    public final synchronized void refresh(long now) {
        while (!ends.contains(status)) {
            boolean cancelling = status.equals(CANCELLATION_REQUESTED);
            long due = cancelling ? cancelRequestedAt + CANCELLED_AFTER : leavesAt(status);
            if (due < 0 || due > now) {
                return;
            }
            if (cancelling) {
                cancelled(due);
                enter(CANCELLED, due);
            } else {
                enter(leave(status, due), due);
            }
        }
    }

    private void enter(String next, long at) {
        if (!next.equals(status)) {
            status = next;
            entered(next, at);
        }
    }

    /** When the job leaves {@code current}; negative while it waits there (for a start request, say). */
    protected abstract long leavesAt(String current);

    /**
     * Leaves {@code current} at {@code at}, doing what is due then; returns the next status, or
     * {@code current} again to stay (a step within it, such as a checkpoint).
     */
    protected abstract String leave(String current, long at);

    /** A cancel was asked for at {@code at}, while the job was {@code current}. */
    protected void cancelRequested(String current, long at) {
    }

    /** The job is cancelled at {@code at}, just before it enters {@link #CANCELLED}. */
    protected void cancelled(long at) {
    }

    /** The job entered {@code status} at {@code at}. */
    protected void entered(String status, long at) {
    }
}
