package io.mistral4j.impl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A read deadline ends a read that overruns, never one that returns in time however many reads
 * there are and however long they add up to, and nothing once cancelled. Bounded: each case
 * waits at most a few hundred milliseconds.
 */
@Timeout(10)
class ReadDeadlineTest {

    private static final long TIMEOUT = TimeUnit.MILLISECONDS.toNanos(60);

    private final Watchdog watchdog = new Watchdog("read-deadline-test");
    private final AtomicInteger expired = new AtomicInteger();
    private final CountDownLatch expiry = new CountDownLatch(1);
    private final ReadDeadline deadline = new ReadDeadline(watchdog, () -> {
        expired.incrementAndGet();
        expiry.countDown();
    });

    @AfterEach
    void closeWatchdog() {
        watchdog.close();
    }

    @Test
    void aReadThatOverrunsIsEndedOnce() throws InterruptedException {
        long started = System.nanoTime();
        deadline.readStarts(started + TIMEOUT);

        assertThat(expiry.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TIMEOUT);
        Thread.sleep(3 * TIMEOUT / 1_000_000);
        assertThat(expired).hasValue(1);
    }

    @Test
    void readsThatReturnInTimeAreNeverEndedThoughTheyOutlastTheTimeout() throws InterruptedException {
        long end = System.nanoTime() + 4 * TIMEOUT;
        while (System.nanoTime() < end) {
            deadline.readStarts(System.nanoTime() + TIMEOUT);
            Thread.sleep(2);
            deadline.readEnded();
        }

        Thread.sleep(2 * TIMEOUT / 1_000_000);
        assertThat(expired).hasValue(0);
    }

    @Test
    void aReadAfterAQuietSpellIsStillGuarded() throws InterruptedException {
        deadline.readStarts(System.nanoTime() + TIMEOUT);
        deadline.readEnded();
        Thread.sleep(2 * TIMEOUT / 1_000_000); // the first alarm fires with no read going on

        deadline.readStarts(System.nanoTime() + TIMEOUT);

        assertThat(expiry.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCancelledDeadlineEndsNothing() throws InterruptedException {
        deadline.readStarts(System.nanoTime() + TIMEOUT);
        deadline.cancel();

        assertThat(expiry.await(3 * TIMEOUT, TimeUnit.NANOSECONDS)).isFalse();
    }

    @Test
    void theDueTimeOfTheCurrentReadCounts() throws InterruptedException {
        long started = System.nanoTime();
        deadline.readStarts(started + TIMEOUT);
        deadline.readEnded();
        deadline.readStarts(started + 3 * TIMEOUT); // a later read with a later due time

        assertThat(expiry.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(3 * TIMEOUT);
    }
}
