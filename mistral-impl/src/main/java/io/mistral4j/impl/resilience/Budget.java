package io.mistral4j.impl.resilience;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.mistral4j.errors.RateLimitExceededException;
import java.time.Duration;

/**
 * One Bucket4j bucket: {@code capacity} units that refill greedily over {@code period}, spent
 * per request ({@code perToken} false) or per token. Every number handed to Bucket4j is first
 * brought within what it accepts (at most one unit a nanosecond, positive amounts, a debt of at
 * most one capacity per correction), so that an absurd server header never becomes its
 * {@code IllegalArgumentException}.
 */
final class Budget {

    final String name;
    final boolean perToken;
    private final Duration period;
    private final Bucket bucket;
    private volatile long capacity;

    Budget(String name, boolean perToken, long capacity, Duration period, TimeMeter time) {
        this.name = name;
        this.perToken = perToken;
        this.period = period;
        long limited = limited(capacity, period);
        this.capacity = limited;
        this.bucket = Bucket.builder().addLimit(limit -> limit.capacity(limited).refillGreedy(limited, period))
                .withCustomTimePrecision(time).build();
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
        boolean taken;
        if (maxWait.isZero() || maxWait.isNegative()) {   // negative: the call's own deadline has passed
            taken = bucket.tryConsume(cost);
        } else {
            try {
                taken = bucket.asBlocking().tryConsume(cost, maxWait.toNanos(), waiter);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new io.mistral4j.errors.MistralConnectionException("interrupted while waiting for the " + name
                        + " budget", e);
            }
        }
        if (!taken) {
            long wait = bucket.estimateAbilityToConsume(cost).getNanosToWaitForRefill();
            throw new RateLimitExceededException(name, cost, Duration.ofNanos(wait), maxWait);
        }
    }

    /** Gives back units taken for a call that was not sent. */
    void refund(long cost) {
        if (cost > 0) {
            bucket.addTokens(cost);
        }
    }

    /** Corrects an estimate once the real cost is known: spends more (even into debt) or gives back. */
    void correct(long delta) {
        long bound = capacity;
        if (delta > 0) {
            bucket.consumeIgnoringRateLimits(Math.min(delta, bound));
        } else if (delta < 0) {
            bucket.addTokens(delta < -bound ? bound : -delta);
        }
    }

    /** Adopts the server's view: its limit as capacity, and never more available than it says remain. */
    void align(long serverLimit, long serverRemaining) {
        long limit = serverLimit > 0 ? limited(serverLimit, period) : 0;
        if (limit > 0 && limit != capacity) {
            capacity = limit;
            bucket.replaceConfiguration(BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, period)).build(),
                    TokensInheritanceStrategy.AS_IS);
        }
        if (serverRemaining >= 0) {
            long excess = bucket.getAvailableTokens() - serverRemaining;
            if (excess > 0) {
                bucket.tryConsumeAsMuchAsPossible(excess);
            }
        }
    }

    /** A capacity Bucket4j accepts: at least 1, refilled at most one unit a nanosecond. */
    static long limited(long capacity, Duration period) {
        return Math.max(1, Math.min(capacity, period.toNanos()));
    }

    long available() {
        return bucket.getAvailableTokens();
    }
}
