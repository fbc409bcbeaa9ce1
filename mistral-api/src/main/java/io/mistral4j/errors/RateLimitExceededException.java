package io.mistral4j.errors;

import java.time.Duration;

/**
 * A client-side budget (requests or tokens) was spent and the call was not sent: the
 * configuration fails fast, or the wait for budget would have been longer than allowed.
 * Unlike {@link RateLimitException} (the server's 429), nothing reached the server. Not retried.
 */
public class RateLimitExceededException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final String budget;
    private final Duration wouldWait;

    /**
     * A call costing {@code cost} units that {@code budget} could not cover: it would wait {@code
     * wouldWait} (null: forever), more than the allowed {@code maxWait}.
     */
    public RateLimitExceededException(String budget, long cost, Duration wouldWait, Duration maxWait) {
        super("local rate limit: the " + budget + " budget cannot cover " + cost + (cost == 1 ? " unit" : " units")
                + " now; the call would wait " + describe(wouldWait) + ", allowed " + maxWait.toMillis() + " ms");
        this.budget = budget;
        this.wouldWait = wouldWait;
    }

    /** Which budget ran out, e.g. {@code requests per second} or {@code tokens per minute}. */
    public String budget() {
        return budget;
    }

    /** How long the call would have had to wait; {@code null} when it can never fit (cost above capacity). */
    public Duration wouldWait() {
        return wouldWait;
    }

    private static String describe(Duration wait) {
        return wait == null ? "forever (the cost exceeds the budget's capacity)" : wait.toMillis() + " ms";
    }
}
