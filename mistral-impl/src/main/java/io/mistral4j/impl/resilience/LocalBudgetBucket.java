package io.mistral4j.impl.resilience;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import java.time.Duration;
import java.time.Instant;

/** A Bucket4j bucket in this JVM's memory, on the client's clock: the default store's bucket. */
final class LocalBudgetBucket implements BudgetBucket {

    private final Duration period;
    private final Bucket bucket;

    LocalBudgetBucket(BudgetSpec spec) {
        this.period = spec.period();
        long capacity = spec.capacity();
        this.bucket = Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .withCustomTimePrecision(meter(spec)).build();
    }

    @Override
    public long reserve(long units, long maxWaitNanos) {
        if (maxWaitNanos <= 0) {   // Bucket4j's blocking form wants a positive wait
            return bucket.tryConsume(units) ? 0 : -1;
        }
        long[] wait = {0};
        try {
            boolean taken = bucket.asBlocking().tryConsume(units, maxWaitNanos, nanos -> wait[0] = nanos);
            return taken ? wait[0] : -1;
        } catch (InterruptedException cannotHappen) {   // the strategy above records, it never parks
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public long nanosUntilAvailable(long units) {
        return bucket.estimateAbilityToConsume(units).getNanosToWaitForRefill();
    }

    @Override
    public void refund(long units) {
        bucket.addTokens(units);
    }

    @Override
    public void spend(long units) {
        bucket.consumeIgnoringRateLimits(units);
    }

    @Override
    public void resize(long capacity) {
        bucket.replaceConfiguration(BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build(),
                TokensInheritanceStrategy.AS_IS);
    }

    @Override
    public void trimTo(long remaining) {
        long excess = bucket.getAvailableTokens() - remaining;
        if (excess > 0) {
            bucket.tryConsumeAsMuchAsPossible(excess);
        }
    }

    @Override
    public long available() {
        return bucket.getAvailableTokens();
    }

    /** Bucket4j's time from the client's clock, so that tests move budgets on a fake clock. */
    private static TimeMeter meter(BudgetSpec spec) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = spec.clock().instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
