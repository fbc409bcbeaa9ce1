package io.mistral4j.impl.stream;

import io.mistral4j.streaming.EventStream;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A cold {@link Flow.Publisher} over a blocking {@link EventStream}: each subscription opens
 * its own stream when the subscriber first requests, reads only as many events as requested
 * (the unread rest stays in the socket, so the server is slowed by TCP flow control), and
 * closes the stream on completion, error or cancel. Signals are serial, from one drain loop
 * on the client's executor.
 *
 * @param <T> the event type
 */
public final class EventStreamPublisher<T> implements Flow.Publisher<T> {

    private final Supplier<? extends EventStream<T>> opener;
    private final Executor executor;

    public EventStreamPublisher(Supplier<? extends EventStream<T>> opener, Executor executor) {
        this.opener = opener;
        this.executor = executor;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        subscriber.onSubscribe(new StreamSubscription<>(subscriber, opener, executor));
    }

    private static final class StreamSubscription<T> implements Flow.Subscription, Runnable {
        private final Flow.Subscriber<? super T> subscriber;
        private final Supplier<? extends EventStream<T>> opener;
        private final Executor executor;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private volatile boolean cancelled;
        private volatile EventStream<T> stream;
        private boolean done;
        private Throwable invalidRequest;

        StreamSubscription(Flow.Subscriber<? super T> subscriber, Supplier<? extends EventStream<T>> opener,
                           Executor executor) {
            this.subscriber = subscriber;
            this.opener = opener;
            this.executor = executor;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                invalidRequest = new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)");
            } else {
                demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
            }
            schedule();
        }

        @Override
        public void cancel() {
            cancelled = true;
            EventStream<T> open = stream;
            if (open != null) {
                open.close(); // unblocks a read in progress
            }
            schedule();
        }

        private void schedule() {
            if (work.getAndIncrement() == 0) {
                executor.execute(this);
            }
        }

        @Override
        public void run() {
            int missed = 1;
            do {
                drain();
                missed = work.addAndGet(-missed);
            } while (missed != 0);
        }

        private void drain() {
            if (done) {
                return;
            }
            try {
                // After cancel() every request is a no-op (rule 3.6), a bad one too.
                if (invalidRequest != null && !cancelled) {
                    terminate();
                    subscriber.onError(invalidRequest);
                    return;
                }
                while (!cancelled && demand.get() > 0) {
                    if (stream == null) {
                        stream = opener.get();
                        if (cancelled) {
                            break;
                        }
                    }
                    if (!stream.hasNext()) {
                        terminate();
                        // A read cut short by cancel() closing the stream ends like the stream did.
                        if (!cancelled) {
                            subscriber.onComplete();
                        }
                        return;
                    }
                    T item = stream.next();
                    if (demand.get() != Long.MAX_VALUE) {
                        demand.decrementAndGet();
                    }
                    subscriber.onNext(item);
                }
                if (!cancelled && stream != null && demand.get() == 0 && !stream.hasNext() && !cancelled) {
                    // Look one event ahead so that the end is signalled (and the connection
                    // released) without waiting for demand the subscriber has no reason to send.
                    terminate();
                    subscriber.onComplete();
                    return;
                }
                if (cancelled) {
                    terminate();
                }
            } catch (Throwable error) {
                boolean wasCancelled = cancelled;
                terminate();
                if (!wasCancelled) {
                    subscriber.onError(error);
                }
            }
        }

        private void terminate() {
            done = true;
            EventStream<T> open = stream;
            if (open != null) {
                open.close();
            }
        }
    }
}
