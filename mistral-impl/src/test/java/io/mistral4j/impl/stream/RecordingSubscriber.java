package io.mistral4j.impl.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/** Records every signal, and whether two signals ever overlapped or came after a terminal one. */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {

    final List<String> signals = Collections.synchronizedList(new ArrayList<>());
    final List<T> items = Collections.synchronizedList(new ArrayList<>());
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch terminated = new CountDownLatch(1);
    private final AtomicInteger inSignal = new AtomicInteger();
    private final BiConsumer<RecordingSubscriber<T>, T> onNextAction;
    volatile Flow.Subscription subscription;
    volatile Throwable error;
    private volatile boolean terminal;

    RecordingSubscriber() {
        this((self, item) -> { });
    }

    RecordingSubscriber(BiConsumer<RecordingSubscriber<T>, T> onNextAction) {
        this.onNextAction = onNextAction;
    }

    private void enter(String signal) {
        if (inSignal.getAndIncrement() != 0) {
            violations.add(signal + " overlapped another signal");
        }
        if (terminal) {
            violations.add(signal + " after a terminal signal");
        }
        signals.add(signal);
    }

    private void exit() {
        inSignal.decrementAndGet();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        enter("onSubscribe");
        if (this.subscription != null) {
            violations.add("onSubscribe twice");
        }
        this.subscription = subscription;
        exit();
    }

    @Override
    public void onNext(T item) {
        enter("onNext");
        items.add(item);
        try {
            onNextAction.accept(this, item);
        } finally {
            exit();
        }
    }

    @Override
    public void onError(Throwable throwable) {
        enter("onError");
        error = throwable;
        terminal = true;
        exit();
        terminated.countDown();
    }

    @Override
    public void onComplete() {
        enter("onComplete");
        terminal = true;
        exit();
        terminated.countDown();
    }

    boolean awaitTerminal() throws InterruptedException {
        return terminated.await(5, TimeUnit.SECONDS);
    }

    long count(String signal) {
        synchronized (signals) {
            return signals.stream().filter(signal::equals).count();
        }
    }
}
