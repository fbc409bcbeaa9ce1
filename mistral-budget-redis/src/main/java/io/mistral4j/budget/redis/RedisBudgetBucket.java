package io.mistral4j.budget.redis;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.mistral4j.errors.BudgetStoreUnavailableException;
import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One budget shared through Redis. While Redis cannot be reached, reservations fail fast with
 * {@link BudgetStoreUnavailableException}, or, when the store has a local share, are taken from
 * a bucket in this JVM holding that share of the limit; corrections then go to the local bucket
 * or are dropped, never failing the answer they follow.
 */
final class RedisBudgetBucket implements BudgetBucket {

    private final String key;
    private final Duration period;
    private final RedisLink link;
    private final RedisHealth health;
    private final double localShare;
    private volatile long capacity;
    private volatile BucketOperations remote;
    private volatile BucketOperations local;

    RedisBudgetBucket(String key, BudgetSpec spec, RedisLink link, RedisHealth health, double localShare) {
        this.key = key;
        this.period = spec.period();
        this.capacity = spec.capacity();
        this.link = link;
        this.health = health;
        this.localShare = localShare;
    }

    @Override
    public long reserve(long units, long maxWaitNanos) {
        return ask(bucket -> bucket.reserve(units, maxWaitNanos), reason -> {
            if (localShare == 0) {
                throw new BudgetStoreUnavailableException("redis", reason, null);
            }
            return local().reserve(units, maxWaitNanos);
        });
    }

    @Override
    public long nanosUntilAvailable(long units) {
        return ask(bucket -> bucket.nanosUntilAvailable(units), reason -> localShare == 0 ? 0
                : local().nanosUntilAvailable(units));
    }

    @Override
    public void refund(long units) {
        correct(bucket -> bucket.refund(units));
    }

    @Override
    public void spend(long units) {
        correct(bucket -> bucket.spend(units));
    }

    @Override
    public void resize(long newCapacity) {
        capacity = newCapacity;
        correct(bucket -> bucket.resize(newCapacity));
        BucketOperations share = local;
        if (share != null) {
            share.resize(shareOf(newCapacity));
        }
    }

    @Override
    public void trimTo(long remaining) {
        correct(bucket -> bucket.trimTo(remaining));
    }

    @Override
    public long available() {
        return ask(BucketOperations::available, reason -> localShare == 0 ? 0 : local().available());
    }

    private void correct(java.util.function.Consumer<BucketOperations> correction) {
        ask(bucket -> {
            correction.accept(bucket);
            return 0L;
        }, reason -> {
            if (localShare > 0) {
                correction.accept(local());
            }
            return 0L;
        });
    }

    /** Asks Redis when it is believed up (or due for a new try), else, or when it fails, the fallback. */
    private long ask(ToLongFunction<BucketOperations> question, Function<String, Long> fallback) {
        if (!health.shouldTry()) {
            return fallback.apply("unreachable since an earlier failure");
        }
        long answer;
        try {
            answer = question.applyAsLong(remote());
        } catch (RuntimeException failure) {   // Lettuce's and Bucket4j's: timeouts, refused connections, ...
            String reason = RedisFailure.describe(failure);
            health.failed(reason);
            return fallback.apply(reason);
        }
        health.succeeded();
        return answer;
    }

    private BucketOperations remote() {
        BucketOperations bucket = remote;
        if (bucket == null) {
            long limit = capacity;
            // Batching: concurrent calls of this process share one round trip instead of racing each other
            Bucket proxy = link.proxies().builder().withOptimization(Optimizations.batching())
                    .build(key, () -> BucketOperations.configuration(limit, period));
            bucket = new BucketOperations(proxy, period);
            remote = bucket;
        }
        return bucket;
    }

    private BucketOperations local() {
        BucketOperations bucket = local;
        if (bucket == null) {
            synchronized (this) {
                if (local == null) {
                    long share = shareOf(capacity);
                    local = new BucketOperations(Bucket.builder().addLimit(limit -> limit.capacity(share)
                            .refillGreedy(share, period)).build(), period);
                }
                bucket = local;
            }
        }
        return bucket;
    }

    private long shareOf(long limit) {
        return Math.max(1, (long) Math.floor(limit * localShare));
    }
}
