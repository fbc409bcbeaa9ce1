package io.mistral4j.tck.simulator;

import java.time.Duration;

/**
 * A rate limit the simulator enforces across all its callers, as the real API does per
 * workspace: requests per second, requests per minute and tokens per minute (0 for none). Each
 * is a bucket of that many units refilling steadily over its period; a call that finds the
 * requests or the tokens spent gets a 429 with {@code Retry-After}, and every answer reports the
 * per-minute limits and what remains in its {@code x-ratelimit-*} headers. Like a real limiter,
 * it tolerates requests arriving up to {@code tolerance} before their unit is refilled: requests
 * paced exactly at the limit reach the server unevenly (GCRA's delay-variation tolerance); the
 * long-run rate is still the limit.
 *
 * @param requestsPerSecond requests per second, or 0
 * @param requestsPerMinute requests per minute, or 0
 * @param tokensPerMinute   tokens per minute (charged after each call from its cost), or 0
 * @param tolerance         how early a request may arrive before its unit is refilled
 */
public record WorkspaceLimit(long requestsPerSecond, long requestsPerMinute, long tokensPerMinute,
                             Duration tolerance) {

    /** The tolerance unless given: 250 ms. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMillis(250);

    /** A limit with the {@linkplain #DEFAULT_TOLERANCE default tolerance}. */
    public WorkspaceLimit(long requestsPerSecond, long requestsPerMinute, long tokensPerMinute) {
        this(requestsPerSecond, requestsPerMinute, tokensPerMinute, DEFAULT_TOLERANCE);
    }

    /** Checks that each limit is 0 or more, that at least one is set, and the tolerance. */
    public WorkspaceLimit {
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("the tolerance must be zero or more");
        }
        if (requestsPerSecond < 0 || requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new IllegalArgumentException("workspace limits must not be negative");
        }
        if (requestsPerSecond == 0 && requestsPerMinute == 0 && tokensPerMinute == 0) {
            throw new IllegalArgumentException("a workspace limit needs requests per second, requests per minute"
                    + " or tokens per minute");
        }
    }

    /** The requests per minute the headers report: the per-minute limit, else sixty times the per-second one. */
    public long reportedRequestsPerMinute() {
        return requestsPerMinute > 0 ? requestsPerMinute : requestsPerSecond * 60;
    }
}
