package io.mistral4j.tck.simulator.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Produces the {@code x-ratelimit-*} header family with consistent numbers. Without a
 * workspace limit, limits are reported, not enforced: within a one-minute window
 * (starting at the first call) every call lowers the remaining requests by one and the remaining
 * tokens by the call's cost. With one, {@link #admit()} enforces it across all callers (each
 * limit a steadily refilling bucket), and the headers report its per-minute buckets.
 */
public final class RateLimitMeter {

    /**
     * A workspace limit as the meter enforces it: requests per second and per minute and tokens
     * per minute (0: not limited), and how early a request may come before its unit refills.
     */
    public record Limits(long requestsPerSecond, long requestsPerMinute, long tokensPerMinute, long toleranceMillis) {

        /** The per-minute request limit the headers report. */
        long reportedRequestsPerMinute() {
            return requestsPerMinute > 0 ? requestsPerMinute : requestsPerSecond * 60;
        }
    }


    public static final long REQUESTS_PER_MINUTE = 600;
    public static final long TOKENS_PER_MINUTE = 2_000_000;
    private static final long WINDOW_MILLIS = 60_000;
    private static final long SECOND_MILLIS = 1_000;

    private final LongSupplier clock;
    private final Limits limit;
    private final List<RefillingBucket> requestBuckets = new ArrayList<>();
    private final RefillingBucket minuteRequests;
    private final RefillingBucket minuteTokens;
    private long windowStart = -1;
    private long requests;
    private long tokens;
    private long admitted;
    private long limited;

    /** A meter that reports made-up limits and enforces none. */
    public RateLimitMeter(LongSupplier clockMillis) {
        this(clockMillis, null);
    }

    /** A meter enforcing {@code limit} (null: none) on the clock {@code clockMillis}. */
    public RateLimitMeter(LongSupplier clockMillis, Limits limit) {
        this.clock = clockMillis;
        this.limit = limit;
        long now = clockMillis.getAsLong();
        if (limit != null && limit.requestsPerSecond() > 0) {
            requestBuckets.add(new RefillingBucket(limit.requestsPerSecond(), SECOND_MILLIS,
                    limit.toleranceMillis(), now));
        }
        this.minuteRequests = limit == null ? null
                : new RefillingBucket(limit.reportedRequestsPerMinute(), WINDOW_MILLIS,
                limit.toleranceMillis(), now);
        if (limit != null && limit.requestsPerMinute() > 0) {
            requestBuckets.add(minuteRequests);
        }
        this.minuteTokens = limit == null || limit.tokensPerMinute() == 0 ? null
                : new RefillingBucket(limit.tokensPerMinute(), WINDOW_MILLIS, 0, now);
    }

    /**
     * Lets a call in, spending one request, or says how many milliseconds until it could be let in
     * (its requests or tokens are spent). Always lets calls in without a workspace limit.
     */
    public synchronized OptionalLong admit() {
        if (limit == null) {
            return OptionalLong.empty();
        }
        long now = clock.getAsLong();
        long wait = minuteTokens == null ? 0 : minuteTokens.millisUntil(1, now);
        for (RefillingBucket bucket : requestBuckets) {
            wait = Math.max(wait, bucket.millisUntil(1, now));
        }
        if (wait > 0) {
            limited++;
            return OptionalLong.of(wait);
        }
        requestBuckets.forEach(bucket -> bucket.take(1, now));
        if (!requestBuckets.contains(minuteRequests)) {
            minuteRequests.take(1, now);   // reported, not enforced
        }
        admitted++;
        return OptionalLong.empty();
    }

    /** Calls let in by {@link #admit()}. */
    public synchronized long admitted() {
        return admitted;
    }

    /** Calls refused by {@link #admit()} with a 429. */
    public synchronized long limited() {
        return limited;
    }

    /** Accounts one call costing {@code tokenCost} tokens and returns the headers to send. */
    public synchronized Map<String, String> charge(long tokenCost) {
        long now = clock.getAsLong();
        long requestLimit;
        long requestsLeft;
        long tokenLimit;
        long tokensLeft;
        if (limit != null) {
            requestLimit = minuteRequests.capacity();
            requestsLeft = minuteRequests.remaining(now);
            if (minuteTokens != null) {
                minuteTokens.take(tokenCost, now);
            }
            tokenLimit = minuteTokens == null ? TOKENS_PER_MINUTE : minuteTokens.capacity();
            tokensLeft = minuteTokens == null ? TOKENS_PER_MINUTE : minuteTokens.remaining(now);
        } else {
            if (windowStart < 0 || now - windowStart >= WINDOW_MILLIS) {
                windowStart = now;
                requests = 0;
                tokens = 0;
            }
            requests++;
            tokens += tokenCost;
            requestLimit = REQUESTS_PER_MINUTE;
            requestsLeft = Math.max(0, REQUESTS_PER_MINUTE - requests);
            tokenLimit = TOKENS_PER_MINUTE;
            tokensLeft = Math.max(0, TOKENS_PER_MINUTE - tokens);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-ratelimit-limit-req-minute", Long.toString(requestLimit));
        headers.put("x-ratelimit-remaining-req-minute", Long.toString(requestsLeft));
        headers.put("x-ratelimit-limit-tokens-minute", Long.toString(tokenLimit));
        headers.put("x-ratelimit-remaining-tokens-minute", Long.toString(tokensLeft));
        headers.put("x-ratelimit-tokens-query-cost", Long.toString(tokenCost));
        return headers;
    }
}
