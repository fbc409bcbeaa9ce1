package io.mistral4j.impl.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.impl.read.Watchdog;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One alarm for all the bodies received whole: each expires at its own deadline, unless it left the watch. */
class BodyDeadlinesTest {

    /** A body due at a fixed time that counts its expiries. */
    private static final class Body implements BodyDeadlines.Watched {
        private final long due;
        private final CountDownLatch expired = new CountDownLatch(1);
        private final AtomicInteger expiries = new AtomicInteger();

        Body(long inMillis) {
            this.due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(inMillis);
        }

        @Override
        public long dueNanos() {
            return due;
        }

        @Override
        public void expire() {
            expiries.incrementAndGet();
            expired.countDown();
        }
    }

    @Test
    void eachBodyExpiresAtItsDeadlineEvenWhenAnEarlierOneComesLater() throws Exception {
        try (Watchdog timer = new Watchdog("body-deadlines-test")) {
            BodyDeadlines deadlines = new BodyDeadlines(timer);
            Body late = new Body(2_000);
            Body early = new Body(100);
            Body left = new Body(50);
            deadlines.watch(late);
            deadlines.watch(early);   // due before the pending alarm: must not wait for it
            deadlines.watch(left);
            deadlines.unwatch(left);

            long started = System.nanoTime();
            assertThat(early.expired.await(1_500, TimeUnit.MILLISECONDS)).as("the early body expired").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_500);
            assertThat(late.expired.await(10, TimeUnit.SECONDS)).as("the late body expired").isTrue();
            assertThat(late.due - System.nanoTime()).as("not before its deadline").isLessThanOrEqualTo(0);
            assertThat(left.expiries).as("a body that left the watch never expires").hasValue(0);
            assertThat(early.expiries).hasValue(1);
            assertThat(late.expiries).hasValue(1);
        }
    }
}
