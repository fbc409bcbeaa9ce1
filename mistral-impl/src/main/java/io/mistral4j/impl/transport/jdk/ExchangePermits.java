package io.mistral4j.impl.transport.jdk;

import io.mistral4j.errors.MistralConnectionException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Honours {@code maxConnections} for the JDK client, which has no pool limit of its own: at most
 * that many exchanges per origin are in flight, each holding a permit from the moment it is sent
 * until its body is read to the end, fails or is closed. Over HTTP/1.1 that bounds the
 * connections; over HTTP/2 it bounds the streams multiplexed on one. Waiters are served in
 * order, without a blocked thread: a wait is a future.
 */
final class ExchangePermits {

    /** One exchange's right to run; releasing it twice is harmless. */
    static final class Permit {
        private final Gate gate;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Gate gate) {
            this.gate = gate;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                gate.release();
            }
        }
    }

    private final int perOrigin;
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ExchangePermits(int perOrigin) {
        this.perOrigin = perOrigin;
    }

    /** A permit for an exchange with {@code uri}'s origin: at once when one is free, else when one is released. */
    CompletableFuture<Permit> acquire(URI uri) {
        if (closed) {
            return CompletableFuture.failedFuture(closedFailure());
        }
        return gates.computeIfAbsent(origin(uri), origin -> new Gate(perOrigin)).acquire();
    }

    /** Fails every waiting exchange; permits still held are released by their bodies as usual. */
    void close() {
        closed = true;
        gates.values().forEach(Gate::failWaiters);
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + uri.getPort();
    }

    private static MistralConnectionException closedFailure() {
        return new MistralConnectionException("the JDK transport is closed", null);
    }

    /** The permits of one origin and the exchanges waiting for one, oldest first. */
    private static final class Gate {
        private final ArrayDeque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
        private int free;

        Gate(int permits) {
            this.free = permits;
        }

        synchronized CompletableFuture<Permit> acquire() {
            if (free > 0) {
                free--;
                return CompletableFuture.completedFuture(new Permit(this));
            }
            CompletableFuture<Permit> waiter = new CompletableFuture<>();
            waiting.add(waiter);
            return waiter;
        }

        void release() {
            CompletableFuture<Permit> next;
            synchronized (this) {
                do {
                    next = waiting.poll();
                } while (next != null && next.isDone());   // gave up waiting (timed out, cancelled)
                if (next == null) {
                    free++;
                    return;
                }
            }
            // completed outside the lock: what runs next must not hold it
            if (!next.complete(new Permit(this))) {
                release();   // the waiter gave up meanwhile: the permit goes to the next one
            }
        }

        void failWaiters() {
            CompletableFuture<Permit> next;
            while ((next = poll()) != null) {
                next.completeExceptionally(closedFailure());
            }
        }

        private synchronized CompletableFuture<Permit> poll() {
            return waiting.poll();
        }
    }
}
