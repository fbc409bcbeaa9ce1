package io.mistral4j.tck.simulator.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Produces the {@code x-ratelimit-*} header family with consistent numbers: within a one-minute
 * window (starting at the first call) every call lowers the remaining requests by one and the
 * remaining tokens by the call's cost. Limits are reported, not enforced.
 */
public final class RateLimitMeter {

    public static final long REQUESTS_PER_MINUTE = 600;
    public static final long TOKENS_PER_MINUTE = 2_000_000;
    private static final long WINDOW_MILLIS = 60_000;

    private final LongSupplier clock;
    private long windowStart = -1;
    private long requests;
    private long tokens;

    public RateLimitMeter(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    /** Accounts one call costing {@code tokenCost} tokens and returns the headers to send. */
    public synchronized Map<String, String> charge(long tokenCost) {
        long now = clock.getAsLong();
        if (windowStart < 0 || now - windowStart >= WINDOW_MILLIS) {
            windowStart = now;
            requests = 0;
            tokens = 0;
        }
        requests++;
        tokens += tokenCost;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-ratelimit-limit-req-minute", Long.toString(REQUESTS_PER_MINUTE));
        headers.put("x-ratelimit-remaining-req-minute", Long.toString(Math.max(0, REQUESTS_PER_MINUTE - requests)));
        headers.put("x-ratelimit-limit-tokens-minute", Long.toString(TOKENS_PER_MINUTE));
        headers.put("x-ratelimit-remaining-tokens-minute", Long.toString(Math.max(0, TOKENS_PER_MINUTE - tokens)));
        headers.put("x-ratelimit-tokens-query-cost", Long.toString(tokenCost));
        return headers;
    }
}
