package io.mistral4j.transport.httpclient5;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * The bounded hand-over between HttpClient's I/O thread, which fills it, and the caller's
 * thread, which reads it. Back-pressure: the client is only ever granted as much capacity as
 * the buffer has room for, and is granted more as the reader drains it, so a slow reader
 * stops the socket reads instead of growing memory. Reads wait at most the read timeout.
 */
final class BodyBuffer {

    /** Bytes held for the reader at most (plus what the client was granted before it read them). */
    static final int CAPACITY = 256 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final ArrayDeque<ByteBuffer> chunks = new ArrayDeque<>();
    private final long readTimeoutNanos;
    private int buffered;
    /** Capacity granted to the client and not yet used; may start negative (its own initial window). */
    private int granted;
    private CapacityChannel channel;
    private boolean ended;
    private boolean closed;
    private Exception failure;

    BodyBuffer(Duration readTimeout) {
        this.readTimeoutNanos = readTimeout.toNanos();
    }

    // ------------------------------------------------------------ I/O thread

    void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        int grant;
        lock.lock();
        try {
            channel = capacityChannel;
            grant = grantable();
        } finally {
            lock.unlock();
        }
        if (grant > 0) {
            capacityChannel.update(grant);
        }
    }

    void fill(ByteBuffer source) throws IOException {
        lock.lock();
        try {
            if (closed) {
                throw new IOException("the response was closed before its end");
            }
            int size = source.remaining();
            ByteBuffer copy = ByteBuffer.allocate(size);
            copy.put(source).flip();
            chunks.add(copy);
            buffered += size;
            granted -= size;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void end() {
        lock.lock();
        try {
            ended = true;
            channel = null;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void fail(Exception cause) {
        lock.lock();
        try {
            if (!ended && failure == null) {
                failure = cause;
            }
            channel = null;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------ reader thread

    /**
     * Reads into {@code target}; -1 at the end. Fails with the transfer's failure, or with a
     * {@link SocketTimeoutException} (cause: an IDLE {@link MistralTimeoutException}) when no
     * byte arrives within the read timeout.
     */
    int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int read;
        int grant;
        CapacityChannel toUpdate;
        lock.lock();
        try {
            long remaining = readTimeoutNanos;
            while (buffered == 0 && !ended && failure == null && !closed) {
                if (remaining <= 0) {
                    throw idleTimeout();
                }
                try {
                    remaining = readable.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for the body");
                }
            }
            if (closed) {
                throw new IOException("the response is closed");
            }
            if (buffered == 0) {
                if (failure != null) {
                    throw new IOException("the connection failed while the body was read: " + failure, failure);
                }
                return -1;
            }
            read = 0;
            while (read < length && !chunks.isEmpty()) {
                ByteBuffer head = chunks.peek();
                int piece = Math.min(length - read, head.remaining());
                head.get(target, offset + read, piece);
                read += piece;
                if (!head.hasRemaining()) {
                    chunks.poll();
                }
            }
            buffered -= read;
            grant = buffered <= CAPACITY / 2 ? grantable() : 0;
            toUpdate = channel;
        } finally {
            lock.unlock();
        }
        if (grant > 0 && toUpdate != null) {
            toUpdate.update(grant);
        }
        return read;
    }

    /** Whether every byte of the body arrived (the exchange is over and the connection released). */
    boolean isComplete() {
        lock.lock();
        try {
            return ended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops what is buffered. If the body has not ended, the client is let read on: the next
     * bytes then fail the exchange ({@link #fill} refuses them), so HttpClient drops the
     * connection even where the abort could not reach the exchange (a client of the caller's
     * own). Left suspended, a full buffer would keep the connection open with nothing to end it.
     */
    void close() {
        CapacityChannel toResume;
        lock.lock();
        try {
            closed = true;
            chunks.clear();
            buffered = 0;
            toResume = ended || failure != null ? null : channel;
            channel = null;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
        if (toResume != null) {
            try {
                toResume.update(CAPACITY);
            } catch (IOException alreadyFailing) {
                // the connection is failing already, which is what closing asks for
            }
        }
    }

    /** Capacity to grant now (under the lock); records it as granted. */
    private int grantable() {
        if (channel == null || ended || closed) {
            return 0;
        }
        int room = CAPACITY - buffered - Math.max(granted, 0);
        if (room <= 0) {
            return 0;
        }
        granted = Math.max(granted, 0) + room;
        return room;
    }

    private SocketTimeoutException idleTimeout() {
        String message = "no body data for " + TimeUnit.NANOSECONDS.toMillis(readTimeoutNanos) + " ms";
        SocketTimeoutException timeout = new SocketTimeoutException(message);
        timeout.initCause(new MistralTimeoutException(MistralTimeoutException.Kind.IDLE, message, null));
        return timeout;
    }
}
