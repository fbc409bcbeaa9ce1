package io.mistral4j.impl.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/** Subscribes to a publisher, asking for one item at a time, and returns them all once it completes. */
final class PublishedItems {

    private PublishedItems() {
    }

    /** Every item, in order; the publisher's failure is thrown (wrapped), and waiting ends after ten seconds. */
    static <T> List<T> of(Flow.Publisher<T> publisher) throws Exception {
        List<T> items = new ArrayList<>();
        CompletableFuture<List<T>> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<T>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(T item) {
                items.add(item);
                subscription.request(1);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(items);
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
