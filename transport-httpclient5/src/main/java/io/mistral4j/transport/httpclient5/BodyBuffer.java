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

    /**
     * Bytes held for the reader at most, plus the client's own initial window and what HttpCore
     * reads ahead past its window over HTTP/1.1 (see {@link #granted}).
     */
    static final int CAPACITY = 256 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    /** Blocks of the body, oldest first; the last one is filled until full. */
    private final ArrayDeque<Block> blocks = new ArrayDeque<>();
    private final long readTimeoutNanos;
    private int buffered;
    /**
     * Capacity granted to the client and not yet used: its input window less the initial one it
     * gave itself. Negative while it reads on that initial window, and by whatever it read ahead
     * past its window: over HTTP/1.1 HttpCore hands over all it has read whatever its window, and
     * goes on reading while the server keeps the socket full.
     */
    private long granted;
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
            grant = grantable(1);
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
            Block tail = blocks.peekLast();
            if (tail == null || tail.room() < size) {
                tail = new Block(Math.max(size, Block.SIZE));
                blocks.add(tail);
            }
            tail.append(source);
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
            while (read < length && !blocks.isEmpty()) {
                Block head = blocks.peek();
                read += head.take(target, offset + read, length - read);
                if (head.isEmpty()) {
                    if (blocks.size() == 1) {
                        head.reuse(); // the only block, read to its end: filled again from its start
                        break;
                    }
                    blocks.poll();
                }
            }
            buffered -= read;
            // Granted in halves: each grant wakes the I/O thread, which a grant per read would do per event.
            grant = buffered <= CAPACITY / 2 ? grantable(CAPACITY / 2) : 0;
            toUpdate = channel;
        } finally {
            lock.unlock();
        }
        if (grant > 0 && toUpdate != null) {
            toUpdate.update(grant);
        }
        return read;
    }

    /** Bytes the reader can take without waiting. */
    int available() {
        lock.lock();
        try {
            return buffered;
        } finally {
            lock.unlock();
        }
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
        int resume;
        lock.lock();
        try {
            closed = true;
            blocks.clear();
            buffered = 0;
            toResume = ended || failure != null ? null : channel;
            resume = toResume == null ? 0 : grant(CAPACITY + owed());
            channel = null;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
        if (toResume != null) {
            try {
                toResume.update(resume);
            } catch (IOException alreadyFailing) {
                // the connection is failing already, which is what closing asks for
            }
        }
    }

    /**
     * Capacity to grant now, if there is room for at least {@code least} (under the lock); records
     * it as granted. What the client took past its grants is owed on top of the room: granted the
     * room alone, a window that far below zero would stay closed, and with the buffer read empty
     * neither side would move again.
     */
    private int grantable(int least) {
        if (channel == null || ended || closed) {
            return 0;
        }
        long room = CAPACITY - buffered - Math.max(granted, 0);
        if (room <= 0 || room < least) {
            return 0;
        }
        return grant(room + owed());
    }

    /** What the client consumed past its grants (under the lock). */
    private long owed() {
        return Math.max(-granted, 0);
    }

    private int grant(long capacity) {
        int grant = (int) Math.min(capacity, Integer.MAX_VALUE);
        granted += grant;
        return grant;
    }

    /**
     * A run of body bytes: HttpClient hands over each HTTP/1.1 chunk (a stream event) on its own,
     * and copying each into a buffer of its own cost more than the rest of its way; copied into
     * blocks of {@link #SIZE} bytes instead, a stream allocates a block per many events.
     */
    private static final class Block {
        static final int SIZE = 16 * 1024;

        private final byte[] bytes;
        private int readAt;
        private int writeAt;

        Block(int size) {
            this.bytes = new byte[size];
        }

        int room() {
            return bytes.length - writeAt;
        }

        void append(ByteBuffer source) {
            int size = source.remaining();
            source.get(bytes, writeAt, size);
            writeAt += size;
        }

        /** Copies up to {@code length} unread bytes to {@code target}; how many. */
        int take(byte[] target, int offset, int length) {
            int piece = Math.min(length, writeAt - readAt);
            System.arraycopy(bytes, readAt, target, offset, piece);
            readAt += piece;
            return piece;
        }

        boolean isEmpty() {
            return readAt == writeAt;
        }

        void reuse() {
            readAt = 0;
            writeAt = 0;
        }
    }

    private SocketTimeoutException idleTimeout() {
        String message = "no body data for " + TimeUnit.NANOSECONDS.toMillis(readTimeoutNanos) + " ms";
        SocketTimeoutException timeout = new SocketTimeoutException(message);
        timeout.initCause(new MistralTimeoutException(MistralTimeoutException.Kind.IDLE, message, null));
        return timeout;
    }
}
