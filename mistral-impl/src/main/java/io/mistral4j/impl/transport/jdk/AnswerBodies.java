package io.mistral4j.impl.transport.jdk;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One exchange, its deadlines, and how its answer's body reaches the caller, chosen when the
 * headers arrive. The headers must arrive within the exchange's response timeout, or the exchange
 * is cancelled and fails with a timeout of kind {@code RESPONSE}; that deadline is watched here,
 * with the bodies', rather than given to the JDK as the request's timeout, because the JDK arms a
 * timer per request and wakes its selector thread for it, under a lock all exchanges share. A
 * small answer that is not a stream (its {@code Content-Length} at most
 * {@link #MAX_BUFFERED_BYTES}, not {@code text/event-stream}, not asked for as a stream) is
 * received whole by the JDK's own {@code ofByteArray()} on the client's threads, so the caller
 * wakes once for it (the JDK runs its own subscribers without a hand-off to the executor, but not
 * ours); its body then has to arrive whole within the read timeout of its headers and within the
 * exchange's response timeout, or the exchange is cancelled (the connection is dropped) and
 * fails with a timeout of kind {@code IDLE} or {@code RESPONSE}. Every other body streams, with
 * back-pressure, through {@code ofInputStream()}; its reads are bounded by {@link IdleTimeout}.
 */
final class AnswerBodies implements HttpResponse.BodyHandler<Object>, BodyDeadlines.Watched {

    /** Bodies up to this size are received whole: every JSON answer but the largest. */
    static final int MAX_BUFFERED_BYTES = 64 * 1024;

    /** The stream handed to the caller for a body received whole: nothing left to guard. */
    static final class Whole extends ByteArrayInputStream {
        Whole(byte[] bytes) {
            super(bytes);
        }
    }

    private final boolean streaming;
    private final BodyDeadlines deadlines;
    private final long idleNanos;
    private final long responseDueNanos;
    private final CompletableFuture<HttpResponse<Object>> answer = new CompletableFuture<>();
    private volatile CompletableFuture<HttpResponse<Object>> exchange;
    private volatile long due;
    /** Whether the headers have arrived: a deadline passing before is the response timeout's. */
    private volatile boolean headersArrived;
    /** Set when the deadline passes, before the waiting caller is interrupted. */
    private volatile IOException expiry;
    private final Object waiting = new Object();
    /** The caller blocked in {@link #sendAndWait}, while it is; guarded by {@link #waiting}. */
    private Thread waiter;

    /**
     * @param streaming        whether the caller asked for a stream, which is never received whole
     * @param deadlines        watches bodies received whole
     * @param idleNanos        the read timeout
     * @param responseDueNanos ({@link System#nanoTime()} time) when the headers, and a body received
     *                         whole, must be in; {@link #noDeadlineFrom} for none
     */
    AnswerBodies(boolean streaming, BodyDeadlines deadlines, long idleNanos, long responseDueNanos) {
        this.streaming = streaming;
        this.deadlines = deadlines;
        this.idleNanos = idleNanos;
        this.responseDueNanos = responseDueNanos;
        this.due = responseDueNanos;
    }

    /** A response due time that is never reached (about 146 years from now). */
    static long noDeadlineFrom(long nowNanos) {
        return nowNanos + Long.MAX_VALUE / 2;
    }

    /** Starts watching the headers' deadline, if the exchange has one; before the exchange starts. */
    private void watchHeaders(long nowNanos) {
        if (responseDueNanos - noDeadlineFrom(nowNanos) < 0) {
            deadlines.watch(this);
        }
    }

    /**
     * Runs the exchange on the caller's thread: the JDK's {@code send}, which runs everything it
     * can inline ({@code sendAsync} hands every step to the executor). A deadline that passes
     * interrupts the caller, which makes the JDK cancel the exchange; the caller then gets the
     * timeout, never the interrupt.
     */
    HttpResponse<Object> sendAndWait(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        synchronized (waiting) {
            waiter = Thread.currentThread();
        }
        watchHeaders(System.nanoTime());
        try {
            return client.send(request, this);
        } catch (InterruptedException e) {
            IOException timeout = expiry;
            if (timeout != null) {
                throw timeout;
            }
            throw e;
        } finally {
            deadlines.unwatch(this);
            synchronized (waiting) {
                waiter = null;
                if (expiry != null) {
                    Thread.interrupted();   // the alarm's interrupt, not the caller's
                }
            }
        }
    }

    /**
     * Starts the exchange. The answer's body is a {@code byte[]} when received whole, else an
     * {@code InputStream}; failures arrive unwrapped.
     */
    CompletableFuture<HttpResponse<Object>> send(HttpClient client, HttpRequest request) {
        watchHeaders(System.nanoTime());
        CompletableFuture<HttpResponse<Object>> started = client.sendAsync(request, this);
        exchange = started;
        started.whenComplete((response, failure) -> {
            deadlines.unwatch(this);
            if (failure == null) {
                answer.complete(response);
            } else {
                answer.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
        if (answer.isCompletedExceptionally()) {
            started.cancel(true);   // expired before the exchange was known
        }
        return answer;
    }

    /** Gives an exchange started by {@link #send} up: its connection is dropped. */
    void abort() {
        CompletableFuture<HttpResponse<Object>> started = exchange;
        if (started != null) {
            started.cancel(true);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse.BodySubscriber<Object> apply(HttpResponse.ResponseInfo info) {
        headersArrived = true;
        if (streaming || bufferableLength(info) < 0) {
            deadlines.unwatch(this);   // the headers are in; the stream's reads have the idle timeout
            return (HttpResponse.BodySubscriber) HttpResponse.BodySubscribers.ofInputStream();
        }
        long idleDue = System.nanoTime() + idleNanos;
        due = idleDue - responseDueNanos < 0 ? idleDue : responseDueNanos;
        deadlines.watch(this);
        return (HttpResponse.BodySubscriber) HttpResponse.BodySubscribers.ofByteArray();
    }

    @Override
    public long dueNanos() {
        return due;
    }

    /** On the timer's thread: the body did not arrive in time; the exchange and its connection are dropped. */
    @Override
    public void expire() {
        boolean overall = System.nanoTime() - responseDueNanos >= 0;
        IOException timeout = !headersArrived ? IdleTimeout.failure(MistralTimeoutException.Kind.RESPONSE,
                "no answer in time (response timeout)")
                : overall ? IdleTimeout.failure(MistralTimeoutException.Kind.RESPONSE,
                "the answer's body did not arrive whole within the response timeout")
                : IdleTimeout.failure(MistralTimeoutException.Kind.IDLE, IdleTimeout.silence(idleNanos));
        expiry = timeout;
        answer.completeExceptionally(timeout);
        abort();
        synchronized (waiting) {
            if (waiter != null) {
                waiter.interrupt();
            }
        }
    }

    /** The declared length of a body small enough to be received whole, else -1. */
    static int bufferableLength(HttpResponse.ResponseInfo info) {
        String type = first(info.headers(), "content-type", "").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/event-stream")) {
            return -1;
        }
        String declared = first(info.headers(), "content-length", null);
        if (declared == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(declared.trim());
            return length >= 0 && length <= MAX_BUFFERED_BYTES ? (int) length : -1;
        } catch (NumberFormatException malformed) {
            return -1;   // the JDK refuses such an answer itself
        }
    }

    /** A header's first value, or {@code absent}; {@code HttpHeaders.firstValue} builds a stream per call. */
    private static String first(HttpHeaders headers, String name, String absent) {
        List<String> values = headers.allValues(name);
        return values.isEmpty() ? absent : values.get(0);
    }
}
