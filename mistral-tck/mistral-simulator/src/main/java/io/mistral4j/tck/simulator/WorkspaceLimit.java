package io.mistral4j.tck.simulator;

/**
 * A rate limit the simulator enforces across all its callers, as the real API does per
 * workspace: requests per second, requests per minute and tokens per minute (0 for none). Each
 * is a bucket of that many units refilling steadily over its period; a call that finds the
 * requests or the tokens spent gets a 429 with {@code Retry-After}, and every answer reports the
 * per-minute limits and what remains in its {@code x-ratelimit-*} headers.
 *
 * @param requestsPerSecond requests per second, or 0
 * @param requestsPerMinute requests per minute, or 0
 * @param tokensPerMinute   tokens per minute (charged after each call from its cost), or 0
 */
public record WorkspaceLimit(long requestsPerSecond, long requestsPerMinute, long tokensPerMinute) {

    /** Checks that each limit is 0 or more and that at least one is set. */
    public WorkspaceLimit {
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
