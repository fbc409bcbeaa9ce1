package io.mistral4j.transport.netty;

import io.mistral4j.errors.MistralTimeoutException;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A response body between the event loop, which adds what each read brought, and the caller,
 * which reads it as an {@link InputStream}. With auto-read off the event loop reads the socket
 * only while {@link #wantsMore()}; the reader asks for more as it drains the buffer, so a slow
 * reader leaves the data in the kernel and the server waits. Reads wait at most the read timeout.
 */
final class NettyBody extends InputStream {

    /** Bytes held for the reader before the socket is left unread. */
    static final int HIGH_WATER = 256 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final ArrayDeque<ByteBuf> chunks = new ArrayDeque<>();
    private final long readTimeoutNanos;
    private final Runnable demand;
    private final Runnable abandon;
    private int buffered;
    /** The event loop found the buffer full and stopped reading: the reader asks again once it has drained it. */
    private boolean paused;
    private boolean ended;
    private boolean closed;
    private Throwable failure;

    /**
     * @param demand  asks the event loop for another read
     * @param abandon ends the exchange early, closing its connection
     */
    NettyBody(long readTimeoutNanos, Runnable demand, Runnable abandon) {
        this.readTimeoutNanos = readTimeoutNanos;
        this.demand = demand;
        this.abandon = abandon;
    }

    // ------------------------------------------------------------ event loop

    /** Takes ownership of every buffer in {@code contents} (what one socket read brought). */
    void add(java.util.List<ByteBuf> contents) {
        lock.lock();
        try {
            if (closed || ended || failure != null) {
                contents.forEach(ByteBuf::release);
                return;
            }
            boolean wasEmpty = buffered == 0;
            for (ByteBuf content : contents) {
                chunks.add(content);
                buffered += content.readableBytes();
            }
            if (wasEmpty) {
                readable.signalAll(); // a reader waits only on an empty buffer
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the event loop should read on. False once the buffer is full, and then the reader
     * asks for reading again when it has drained half; while it is not full the event loop reads
     * on by itself after each read, so the reader never has to wake it.
     */
    boolean wantsMore() {
        lock.lock();
        try {
            boolean wants = !closed && !ended && failure == null && buffered < HIGH_WATER;
            paused = !wants && buffered >= HIGH_WATER;
            return wants;
        } finally {
            lock.unlock();
        }
    }

    void end() {
        lock.lock();
        try {
            ended = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void fail(Throwable cause) {
        lock.lock();
        try {
            if (!ended && failure == null) {
                failure = cause;
            }
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------ reader

    /** Bytes a read can take without waiting. */
    @Override
    public int available() {
        lock.lock();
        try {
            return buffered;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        boolean askForMore;
        boolean timedOut = false;
        int read = 0;
        lock.lock();
        try {
            long remaining = readTimeoutNanos;
            while (buffered == 0 && !ended && failure == null && !closed) {
                if (remaining <= 0) {
                    timedOut = true;
                    break;
                }
                try {
                    remaining = readable.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for the body");
                }
            }
            if (timedOut) {
                return timedOut();
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
            while (read < length && !chunks.isEmpty()) {
                ByteBuf head = chunks.peek();
                int piece = Math.min(length - read, head.readableBytes());
                head.readBytes(target, offset + read, piece);
                read += piece;
                if (!head.isReadable()) {
                    chunks.poll().release();
                }
            }
            buffered -= read;
            askForMore = paused && !ended && failure == null && buffered < HIGH_WATER / 2;
            if (askForMore) {
                paused = false;
            }
        } finally {
            lock.unlock();
        }
        if (askForMore) {
            demand.run();
        }
        return read;
    }

    @Override
    public void close() {
        boolean complete;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            complete = ended;
            chunks.forEach(ByteBuf::release);
            chunks.clear();
            buffered = 0;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
        if (!complete) {
            abandon.run();
        }
    }

    /** Abandons the exchange with its connection (outside the lock) and fails the read. */
    private int timedOut() throws SocketTimeoutException {
        lock.unlock();
        try {
            abandon.run();
        } finally {
            lock.lock();
        }
        throw idleTimeout();
    }

    private SocketTimeoutException idleTimeout() {
        String message = "no body data for " + TimeUnit.NANOSECONDS.toMillis(readTimeoutNanos) + " ms";
        SocketTimeoutException timeout = new SocketTimeoutException(message);
        timeout.initCause(new MistralTimeoutException(MistralTimeoutException.Kind.IDLE, message, null));
        return timeout;
    }
}
