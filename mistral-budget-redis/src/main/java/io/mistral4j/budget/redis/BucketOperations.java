package io.mistral4j.budget.redis;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.mistral4j.spi.BudgetBucket;
import java.time.Duration;

/** The port's operations on any Bucket4j bucket: the one in Redis, and the local share's. */
final class BucketOperations implements BudgetBucket {

    private final Bucket bucket;
    private final Duration period;

    BucketOperations(Bucket bucket, Duration period) {
        this.bucket = bucket;
        this.period = period;
    }

    static BucketConfiguration configuration(long capacity, Duration period) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }

    @Override
    public long reserve(long units, long maxWaitNanos) {
        if (maxWaitNanos <= 0) {   // Bucket4j's blocking form wants a positive wait
            return bucket.tryConsume(units) ? 0 : -1;
        }
        long[] wait = {0};
        try {
            return bucket.asBlocking().tryConsume(units, maxWaitNanos, nanos -> wait[0] = nanos) ? wait[0] : -1;
        } catch (InterruptedException cannotHappen) {   // the strategy above records the wait, it never parks
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
        bucket.replaceConfiguration(configuration(capacity, period), TokensInheritanceStrategy.AS_IS);
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
}
