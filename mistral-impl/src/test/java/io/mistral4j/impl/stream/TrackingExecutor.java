package io.mistral4j.impl.stream;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real thread pool that knows when every task handed to it has finished. */
final class TrackingExecutor implements Executor {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Object lock = new Object();
    private int pending;
    final AtomicInteger submitted = new AtomicInteger();

    @Override
    public void execute(Runnable task) {
        submitted.incrementAndGet();
        synchronized (lock) {
            pending++;
        }
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                synchronized (lock) {
                    pending--;
                    lock.notifyAll();
                }
            }
        });
    }

    /** Waits until no task is queued or running; fails after {@code timeout}. */
    void awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("tasks still running after " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    /** Stops the threads. */
    void shutDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
