package io.mistral4j.impl.transport.jdk;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives a small body of known length whole, on the client's threads, and then hands the caller
 * a stream over the bytes: the caller wakes once per answer. While the body comes in, a silence
 * longer than the read timeout fails it with a timeout of kind {@code IDLE}, and a body still
 * incomplete when the exchange's response timeout ends fails with kind {@code RESPONSE}; either
 * closes the connection. The exchange's permit is released once the body is in or has failed,
 * when the JDK has returned the connection to its pool or dropped it.
 */
final class BufferedBody implements HttpResponse.BodySubscriber<InputStream>, BodyDeadlines.Watched {

    /** The stream handed to the caller: already whole, nothing to guard. */
    static final class Whole extends ByteArrayInputStream {
        Whole(byte[] bytes, int length) {
            super(bytes, 0, length);
        }
    }

    private final CompletableFuture<InputStream> body = new CompletableFuture<>();
    private final byte[] bytes;
    private final ExchangePermits.Permit permit;
    private final BodyDeadlines deadlines;
    private final long idleNanos;
    private final long dueNanos;
    private volatile Flow.Subscription subscription;
    /** Set before the body leaves the watch, read after it joins it: one of the two sides takes it out. */
    private volatile boolean ended;
    private volatile long due;
    private int filled;

    BufferedBody(int length, ExchangePermits.Permit permit, BodyDeadlines deadlines, long idleNanos, long dueNanos) {
        this.bytes = new byte[length];
        this.permit = permit;
        this.idleNanos = idleNanos;
        this.dueNanos = dueNanos;
        this.deadlines = deadlines;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
        if (!ended) {
            due = nextDue();
            deadlines.watch(this);
            if (ended) {
                deadlines.unwatch(this);
            }
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int length = buffer.remaining();
            if (length > bytes.length - filled) {
                fail(new IOException("the answer is longer than the " + bytes.length + " bytes it declared"));
                return;
            }
            buffer.get(bytes, filled, length);
            filled += length;
        }
        if (filled < bytes.length) {
            due = nextDue();   // bytes came: the silence starts again
        }
    }

    @Override
    public void onError(Throwable failure) {
        end();
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        end();
        body.complete(new Whole(bytes, filled));
    }

    private long nextDue() {
        long idleDue = System.nanoTime() + idleNanos;
        return idleDue - dueNanos < 0 ? idleDue : dueNanos;
    }

    @Override
    public long dueNanos() {
        return due;
    }

    /** On the timer's thread: the body took too long; the connection is dropped with it. */
    @Override
    public void expire() {
        boolean overall = System.nanoTime() - dueNanos >= 0;
        fail(overall ? IdleTimeout.failure(MistralTimeoutException.Kind.RESPONSE,
                "the answer's body did not arrive whole within the response timeout")
                : IdleTimeout.failure(MistralTimeoutException.Kind.IDLE, IdleTimeout.silence(idleNanos)));
    }

    private void fail(IOException failure) {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        onError(failure);
    }

    private void end() {
        ended = true;
        deadlines.unwatch(this);
        permit.release();
    }
}
