package io.mistral4j.impl.stream;

import io.mistral4j.Headers;
import io.mistral4j.streaming.EventStream;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link EventStream} of the integers {@code 0..size-1} that counts what is pulled from it and
 * records {@link #close()}. It can fail in {@code hasNext} after some items, or block in
 * {@code hasNext} until closed, like a socket read.
 */
final class FakeEventStream implements EventStream<Integer> {

    private final int size;
    private final int failAfter;
    private final boolean blockAfterLast;
    private final boolean endWhenClosed;
    final AtomicInteger pulled = new AtomicInteger();
    final AtomicInteger hasNextCalls = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    final CountDownLatch closed = new CountDownLatch(1);
    final CountDownLatch blocked = new CountDownLatch(1);
    final RuntimeException failure = new IllegalStateException("connection reset");

    private FakeEventStream(int size, int failAfter, boolean blockAfterLast, boolean endWhenClosed) {
        this.size = size;
        this.failAfter = failAfter;
        this.blockAfterLast = blockAfterLast;
        this.endWhenClosed = endWhenClosed;
    }

    static FakeEventStream of(int size) {
        return new FakeEventStream(size, -1, false, false);
    }

    /** Gives {@code items} items, then {@code hasNext} throws {@link #failure}. */
    static FakeEventStream failingAfter(int items) {
        return new FakeEventStream(Integer.MAX_VALUE, items, false, false);
    }

    /** Gives {@code items} items, then {@code hasNext} blocks until the stream is closed and throws. */
    static FakeEventStream blockingAfter(int items) {
        return new FakeEventStream(items, -1, true, false);
    }

    /**
     * Gives {@code items} items, then {@code hasNext} blocks until the stream is closed and answers
     * false, as a stream does that treats a read cut by its own close as the end.
     */
    static FakeEventStream blockingAfterThenEndingOnClose(int items) {
        return new FakeEventStream(items, -1, true, true);
    }

    @Override
    public boolean hasNext() {
        hasNextCalls.incrementAndGet();
        if (failAfter >= 0 && pulled.get() == failAfter) {
            throw failure;
        }
        if (pulled.get() < size) {
            return true;
        }
        if (blockAfterLast) {
            blocked.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (endWhenClosed) {
                return false;
            }
            throw new IllegalStateException("stream closed while reading");
        }
        return false;
    }

    @Override
    public Integer next() {
        if (pulled.get() >= size) {
            throw new NoSuchElementException();
        }
        return pulled.getAndIncrement();
    }

    @Override
    public Headers headers() {
        return Headers.empty();
    }

    @Override
    public void close() {
        closes.incrementAndGet();
        closed.countDown();
    }

    boolean isClosed() {
        return closes.get() > 0;
    }
}
