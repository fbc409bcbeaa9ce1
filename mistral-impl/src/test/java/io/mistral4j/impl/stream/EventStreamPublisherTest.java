package io.mistral4j.impl.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventStreamPublisherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final TrackingExecutor executor = new TrackingExecutor();
    private final AtomicInteger opened = new AtomicInteger();

    @AfterEach
    void shutDown() throws InterruptedException {
        executor.shutDown();
    }

    private EventStreamPublisher<Integer> publisherOf(FakeEventStream stream) {
        return new EventStreamPublisher<>(() -> {
            opened.incrementAndGet();
            return stream;
        }, executor);
    }

    private RecordingSubscriber<Integer> subscribe(EventStreamPublisher<Integer> publisher) {
        RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>();
        publisher.subscribe(subscriber);
        assertThat(subscriber.subscription).as("onSubscribe is called in subscribe").isNotNull();
        return subscriber;
    }

    private void idle() throws InterruptedException {
        executor.awaitIdle(TIMEOUT);
    }

    @Test
    void nothingIsOpenedOrPulledBeforeTheFirstRequest() {
        FakeEventStream stream = FakeEventStream.of(5);

        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        assertThat(executor.submitted).hasValue(0);
        assertThat(opened).hasValue(0);
        assertThat(stream.hasNextCalls).hasValue(0);
        assertThat(subscriber.signals).containsExactly("onSubscribe");
    }

    @Test
    void exactlyTheRequestedNumberOfItemsIsPulled() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(10);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.request(3);
        idle();

        assertThat(subscriber.items).containsExactly(0, 1, 2);
        assertThat(stream.pulled).hasValue(3);
        assertThat(stream.hasNextCalls).as("three reads and one look-ahead for the end").hasValue(4);
        assertThat(stream.isClosed()).isFalse();
        assertThat(opened).hasValue(1);

        subscriber.subscription.request(2);
        idle();

        assertThat(subscriber.items).containsExactly(0, 1, 2, 3, 4);
        assertThat(stream.pulled).hasValue(5);
        assertThat(opened).as("one stream per subscription").hasValue(1);
        assertThat(subscriber.signals).doesNotContain("onComplete", "onError");
    }

    @Test
    void theEndIsSignalledWithoutFurtherDemand() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(3);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.request(3);
        idle();

        assertThat(subscriber.items).containsExactly(0, 1, 2);
        assertThat(subscriber.signals).contains("onComplete");
        assertThat(stream.isClosed()).as("the connection is released at the end").isTrue();
    }

    @Test
    void demandAddsUpAcrossRequests() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(10);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        for (int i = 0; i < 4; i++) {
            subscriber.subscription.request(1);
        }
        idle();

        assertThat(stream.pulled).hasValue(4);
        assertThat(subscriber.items).containsExactly(0, 1, 2, 3);
    }

    @Test
    void completesAfterTheLastItemAndClosesTheStream() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(3);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.request(5);

        assertThat(subscriber.awaitTerminal()).isTrue();
        idle();
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onNext", "onNext", "onNext", "onComplete");
        assertThat(subscriber.items).containsExactly(0, 1, 2);
        assertThat(stream.isClosed()).isTrue();
        assertThat(subscriber.violations).isEmpty();
    }

    @Test
    void emptyStreamCompletesAtTheFirstRequest() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(0);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.request(1);

        assertThat(subscriber.awaitTerminal()).isTrue();
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onComplete");
        assertThat(stream.closed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void unboundedDemandDeliversEverythingEvenWhenRequestedTwice() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(1000);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.request(Long.MAX_VALUE);
        subscriber.subscription.request(Long.MAX_VALUE);

        assertThat(subscriber.awaitTerminal()).isTrue();
        assertThat(subscriber.items).hasSize(1000);
        assertThat(subscriber.count("onComplete")).isEqualTo(1);
        assertThat(subscriber.violations).isEmpty();
    }

    @Test
    void requestsAfterCompletionAreIgnored() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(1);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));
        subscriber.subscription.request(2);
        assertThat(subscriber.awaitTerminal()).isTrue();

        subscriber.subscription.request(1);
        subscriber.subscription.request(0);
        subscriber.subscription.cancel();
        idle();

        assertThat(subscriber.signals).containsExactly("onSubscribe", "onNext", "onComplete");
        assertThat(opened).hasValue(1);
        assertThat(subscriber.violations).isEmpty();
    }

    @Test
    void cancelClosesTheStreamAndStopsDelivery() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(10);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));
        subscriber.subscription.request(2);
        idle();

        subscriber.subscription.cancel();
        assertThat(stream.isClosed()).as("closed by cancel itself").isTrue();
        subscriber.subscription.request(5);
        idle();

        assertThat(subscriber.items).containsExactly(0, 1);
        assertThat(stream.pulled).hasValue(2);
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onNext", "onNext");
    }

    @Test
    void cancelBeforeAnyRequestNeverOpensTheStream() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(3);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.cancel();
        subscriber.subscription.request(3);
        idle();

        assertThat(opened).hasValue(0);
        assertThat(subscriber.signals).containsExactly("onSubscribe");
    }

    @Test
    void cancelUnblocksAReadInProgressWithoutSignallingAnError() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.blockingAfter(1);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));
        subscriber.subscription.request(2);
        assertThat(stream.blocked.await(5, TimeUnit.SECONDS)).as("reading the second event").isTrue();

        subscriber.subscription.cancel();
        idle();

        assertThat(stream.isClosed()).isTrue();
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onNext");
    }

    @Test
    void cancelDuringAReadThatThenEndsQuietlySignalsNoCompletion() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.blockingAfterThenEndingOnClose(1);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));
        subscriber.subscription.request(2);
        assertThat(stream.blocked.await(5, TimeUnit.SECONDS)).as("reading the second event").isTrue();

        subscriber.subscription.cancel();
        idle();

        assertThat(stream.isClosed()).isTrue();
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onNext");
    }

    @Test
    void cancelFromOnNextStopsAfterThatItem() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(10);
        RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>((self, item) -> {
            if (item == 2) {
                self.subscription.cancel();
            }
        });
        publisherOf(stream).subscribe(subscriber);

        subscriber.subscription.request(Long.MAX_VALUE);
        assertThat(stream.closed.await(5, TimeUnit.SECONDS)).isTrue();
        idle();

        assertThat(subscriber.items).containsExactly(0, 1, 2);
        assertThat(stream.pulled).hasValue(3);
        assertThat(subscriber.signals).doesNotContain("onComplete", "onError");
    }

    @Test
    void failureInHasNextBecomesOnErrorAndClosesTheStream() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.failingAfter(2);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.request(10);

        assertThat(subscriber.awaitTerminal()).isTrue();
        idle();
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onNext", "onNext", "onError");
        assertThat(subscriber.error).isSameAs(stream.failure);
        assertThat(stream.isClosed()).isTrue();

        subscriber.subscription.request(1);
        idle();
        assertThat(subscriber.signals).hasSize(4);
        assertThat(subscriber.violations).isEmpty();
    }

    @Test
    void failureToOpenTheStreamBecomesOnError() throws InterruptedException {
        RuntimeException refused = new IllegalStateException("401 Unauthorized");
        Supplier<FakeEventStream> opener = () -> {
            throw refused;
        };
        EventStreamPublisher<Integer> publisher = new EventStreamPublisher<>(opener, executor);
        RecordingSubscriber<Integer> subscriber = subscribe(publisher);

        subscriber.subscription.request(1);

        assertThat(subscriber.awaitTerminal()).isTrue();
        assertThat(subscriber.error).isSameAs(refused);
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onError");
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, -1L, Long.MIN_VALUE})
    void nonPositiveRequestSignalsIllegalArgumentException(long n) throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(3);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));

        subscriber.subscription.request(n);

        assertThat(subscriber.awaitTerminal()).isTrue();
        assertThat(subscriber.error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onError");
        idle();
        assertThat(opened).as("no stream opened for a bad request").hasValue(0);
    }

    @Test
    void nonPositiveRequestAfterCancelIsIgnoredEvenBeforeTheCancelIsProcessed() {
        List<Runnable> queued = new ArrayList<>();
        FakeEventStream stream = FakeEventStream.of(3);
        EventStreamPublisher<Integer> publisher = new EventStreamPublisher<>(() -> stream, queued::add);
        RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>();
        publisher.subscribe(subscriber);

        subscriber.subscription.cancel();
        subscriber.subscription.request(0);
        new ArrayList<>(queued).forEach(Runnable::run);

        assertThat(subscriber.signals).containsExactly("onSubscribe");
    }

    @Test
    void nonPositiveRequestAfterItemsClosesTheOpenStream() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(10);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));
        subscriber.subscription.request(2);
        idle();

        subscriber.subscription.request(0);

        assertThat(subscriber.awaitTerminal()).isTrue();
        assertThat(subscriber.error).isInstanceOf(IllegalArgumentException.class);
        assertThat(stream.isClosed()).isTrue();
        assertThat(subscriber.signals).containsExactly("onSubscribe", "onNext", "onNext", "onError");
    }

    @Test
    void eachSubscriptionOpensItsOwnStream() throws InterruptedException {
        List<FakeEventStream> streams = new ArrayList<>();
        EventStreamPublisher<Integer> publisher = new EventStreamPublisher<>(() -> {
            FakeEventStream stream = FakeEventStream.of(2);
            synchronized (streams) {
                streams.add(stream);
            }
            return stream;
        }, executor);
        RecordingSubscriber<Integer> first = subscribe(publisher);
        RecordingSubscriber<Integer> second = subscribe(publisher);

        first.subscription.request(5);
        second.subscription.request(5);

        assertThat(first.awaitTerminal()).isTrue();
        assertThat(second.awaitTerminal()).isTrue();
        assertThat(streams).hasSize(2);
        assertThat(first.items).containsExactly(0, 1);
        assertThat(second.items).containsExactly(0, 1);
    }

    @Test
    void subscribeRejectsNull() {
        assertThatThrownBy(() -> publisherOf(FakeEventStream.of(1)).subscribe(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void requestFromWithinOnNextDoesNotRecurse() throws InterruptedException {
        FakeEventStream stream = FakeEventStream.of(5000);
        AtomicInteger maxDepth = new AtomicInteger();
        RecordingSubscriber<Integer> subscriber = new RecordingSubscriber<>((self, item) -> {
            maxDepth.accumulateAndGet(Thread.currentThread().getStackTrace().length, Math::max);
            self.subscription.request(1);
        });
        publisherOf(stream).subscribe(subscriber);

        subscriber.subscription.request(1);

        assertThat(subscriber.awaitTerminal()).isTrue();
        assertThat(subscriber.items).hasSize(5000);
        assertThat(maxDepth.get()).as("stack depth stays flat").isLessThan(200);
        assertThat(subscriber.violations).isEmpty();
    }

    @RepeatedTest(20)
    void signalsAreSerialUnderConcurrentRequests() throws Exception {
        int size = 2000;
        int threads = 4;
        FakeEventStream stream = FakeEventStream.of(size);
        RecordingSubscriber<Integer> subscriber = subscribe(publisherOf(stream));
        CyclicBarrier start = new CyclicBarrier(threads);
        CountDownLatch requested = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread requester = new Thread(() -> {
                try {
                    start.await(5, TimeUnit.SECONDS);
                    for (int i = 0; i < size / threads + 1; i++) {
                        subscriber.subscription.request(1);
                    }
                } catch (Exception e) {
                    subscriber.violations.add("requester failed: " + e);
                } finally {
                    requested.countDown();
                }
            });
            requester.start();
        }

        assertThat(requested.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(subscriber.awaitTerminal()).isTrue();
        idle();
        assertThat(subscriber.violations).isEmpty();
        assertThat(subscriber.items).containsExactlyElementsOf(IntStream.range(0, size).boxed().toList());
        assertThat(subscriber.count("onComplete")).isEqualTo(1);
        assertThat(stream.isClosed()).isTrue();
    }
}
