package io.mistral4j.budget.redis;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether Redis is believed reachable. After a failure the store stops asking it (each question
 * would wait out the timeout) and lets one caller try again every {@code recheckInterval}; an
 * outage is logged once at WARN when it starts and once when Redis answers again.
 */
final class RedisHealth {

    private static final System.Logger LOG = System.getLogger(RedisHealth.class.getName());

    private final String workspace;
    private final String fallback;
    private final long recheckNanos;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong nextTry = new AtomicLong();

    RedisHealth(String workspace, String fallback, Duration recheckInterval) {
        this.workspace = workspace;
        this.fallback = fallback;
        this.recheckNanos = recheckInterval.toNanos();
    }

    /** Whether this caller should ask Redis: always while it is up; one caller per interval while it is down. */
    boolean shouldTry() {
        if (!down.get()) {
            return true;
        }
        long due = nextTry.get();
        long now = System.nanoTime();
        return now - due >= 0 && nextTry.compareAndSet(due, now + recheckNanos);
    }

    boolean isDown() {
        return down.get();
    }

    void failed(String reason) {
        nextTry.set(System.nanoTime() + recheckNanos);
        if (down.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "Redis budget store for workspace ''{0}'' is unreachable ({1}); {2} until it "
                    + "answers again", workspace, reason, fallback);
        }
    }

    void succeeded() {
        if (down.compareAndSet(true, false)) {
            LOG.log(Level.INFO, "Redis budget store for workspace ''{0}'' answers again; budgets are shared again",
                    workspace);
        }
    }
}
