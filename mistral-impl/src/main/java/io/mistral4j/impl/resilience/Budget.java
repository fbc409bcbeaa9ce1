package io.mistral4j.impl.resilience;

import io.github.bucket4j.BlockingStrategy;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.RateLimitExceededException;
import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.spi.BudgetStore;
import java.time.Clock;
import java.time.Duration;

/**
 * One budget: {@code capacity} units that refill greedily over {@code period}, spent per request
 * ({@code perToken} false) or per token, kept in a {@link BudgetStore}'s bucket. Every number
 * handed to the bucket is first brought within what Bucket4j accepts (at most one unit a
 * nanosecond, positive amounts, a debt of at most one capacity per correction), so that an
 * absurd server header never becomes its {@code IllegalArgumentException}, whatever the store.
 */
final class Budget {

    final String name;
    final boolean perToken;
    private final Duration period;
    private final BudgetBucket bucket;
    private volatile long capacity;

    Budget(String name, String key, boolean perToken, long capacity, Duration period, BudgetStore store, Clock clock) {
        this.name = name;
        this.perToken = perToken;
        this.period = period;
        this.capacity = limited(capacity, period);
        this.bucket = store.bucket(new BudgetSpec(key, this.capacity, period, clock));
    }

    long costOf(long tokens) {
        return perToken ? tokens : 1;
    }

    /**
     * Takes {@code cost} units, handing any wait for them to {@code waiter} (which sleeps, or
     * records for an asynchronous wait). Throws when the wait would exceed {@code maxWait}.
     */
    void take(long cost, Duration maxWait, BlockingStrategy waiter) {
        if (cost <= 0) {
            return;
        }
        if (cost > capacity) {
            throw new RateLimitExceededException(name, cost, null, maxWait);
        }
        // negative: the call's own deadline has passed, so only budget available now will do
        long wait = bucket.reserve(cost, maxWait.isNegative() ? 0 : maxWait.toNanos());
        if (wait < 0) {
            throw new RateLimitExceededException(name, cost, Duration.ofNanos(bucket.nanosUntilAvailable(cost)),
                    maxWait);
        }
        if (wait > 0) {
            try {
                waiter.park(wait);
            } catch (InterruptedException e) {
                bucket.refund(cost);
                Thread.currentThread().interrupt();
                throw new MistralConnectionException("interrupted while waiting for the " + name + " budget", e);
            }
        }
    }

    /** Gives back units taken for a call that was not sent. */
    void refund(long cost) {
        if (cost > 0) {
            bucket.refund(cost);
        }
    }

    /** Corrects an estimate once the real cost is known: spends more (even into debt) or gives back. */
    void correct(long delta) {
        long bound = capacity;
        if (delta > 0) {
            bucket.spend(Math.min(delta, bound));
        } else if (delta < 0) {
            bucket.refund(delta < -bound ? bound : -delta);
        }
    }

    /** Adopts the server's view: its limit as capacity, and never more available than it says remain. */
    void align(long serverLimit, long serverRemaining) {
        long limit = serverLimit > 0 ? limited(serverLimit, period) : 0;
        if (limit > 0 && limit != capacity) {
            capacity = limit;
            bucket.resize(limit);
        }
        if (serverRemaining >= 0) {
            bucket.trimTo(serverRemaining);
        }
    }

    /** A capacity Bucket4j accepts: at least 1, refilled at most one unit a nanosecond. */
    static long limited(long capacity, Duration period) {
        return Math.max(1, Math.min(capacity, period.toNanos()));
    }

    long available() {
        return bucket.available();
    }
}
