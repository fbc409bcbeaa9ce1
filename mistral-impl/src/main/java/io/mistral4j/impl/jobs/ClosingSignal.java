package io.mistral4j.impl.jobs;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells long waits that their client closed: a sleep ends at once and each listener runs once,
 * so that nothing waits on a client that can no longer answer.
 */
public final class ClosingSignal {

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Wakes every sleeper and runs every listener; later calls do nothing. */
    public void close() {
        closed.countDown();
        for (Runnable listener : listeners) {
            if (listeners.remove(listener)) {
                listener.run();
            }
        }
    }

    /** Sleeps for {@code duration}, or less when the signal closes meanwhile. */
    public void sleep(Duration duration) throws InterruptedException {
        closed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs {@code listener} on close (at once if closed already); the returned action unregisters it. */
    public Runnable onClose(Runnable listener) {
        listeners.add(listener);
        if (isClosed() && listeners.remove(listener)) {
            listener.run();
        }
        return () -> listeners.remove(listener);
    }
}
