package io.mistral4j.impl.resilience;

import io.github.bucket4j.BlockingStrategy;
import io.mistral4j.Headers;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.spi.BudgetStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The budgets of one client: the configured ones (requests per second, tokens per minute) and
 * the ones learnt from the server's rate-limit headers (requests and tokens per minute), each
 * kept in a bucket of the client's {@link BudgetStore}.
 */
final class Budgets {

    static final String REQUESTS_PER_SECOND = "requests per second";
    static final String TOKENS_PER_MINUTE = "tokens per minute";
    static final String SERVER_REQUESTS_PER_MINUTE = "server's requests per minute";
    static final String SERVER_TOKENS_PER_MINUTE = "server's tokens per minute";

    private final RateLimitPolicy policy;
    private final BudgetStore store;
    private final Clock clock;
    private final List<Budget> configured = new ArrayList<>();
    private final Budget configuredTokens;
    private volatile Budget serverRequests;
    private volatile Budget serverTokens;

    Budgets(RateLimitPolicy policy, BudgetStore store, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.clock = clock;
        policy.requestsPerSecondIfSet().ifPresent(limit -> configured.add(new Budget(REQUESTS_PER_SECOND,
                BudgetSpec.REQUESTS_PER_SECOND, false, limit, Duration.ofSeconds(1), store, clock)));
        this.configuredTokens = policy.tokensPerMinuteIfSet().isPresent()
                ? new Budget(TOKENS_PER_MINUTE, BudgetSpec.TOKENS_PER_MINUTE, true, policy.tokensPerMinute(),
                        Duration.ofMinutes(1), store, clock) : null;
        if (configuredTokens != null) {
            configured.add(configuredTokens);
        }
    }

    /** Whether any budget is counted in tokens, so that the token estimate is worth making. */
    boolean countsTokens() {
        return configuredTokens != null || policy.learnFromHeaders();
    }

    /** Takes one request and {@code tokens} from every budget, waiting through {@code waiter}; all or nothing. */
    void take(long tokens, Duration maxWait, BlockingStrategy waiter) {
        List<Budget> taken = new ArrayList<>(4);
        try {
            for (Budget budget : all()) {
                budget.take(budget.costOf(tokens), maxWait, waiter);
                taken.add(budget);
            }
        } catch (RuntimeException e) {
            taken.forEach(budget -> budget.refund(budget.costOf(tokens)));
            throw e;
        }
    }

    /**
     * Corrects the token estimate with the known cost, then learns from the answer's rate-limit
     * headers. The answer has arrived: whatever numbers it carries, this never fails it.
     */
    void settle(long estimate, OptionalLong actual, Headers headers) {
        try {
            correctAndLearn(estimate, actual, headers);
        } catch (RuntimeException unusable) {
            // Budget keeps numbers within Bucket4j's range, and stores must not fail corrections;
            // this is the last guard for the answer.
        }
    }

    private void correctAndLearn(long estimate, OptionalLong actual, Headers headers) {
        if (actual.isPresent()) {
            long delta = actual.getAsLong() - estimate;
            for (Budget budget : all()) {
                if (budget.perToken) {
                    budget.correct(delta);
                }
            }
        }
        if (policy.learnFromHeaders()) {
            learn(headers);
        }
    }

    private void learn(Headers headers) {
        OptionalLong requestLimit = TokenCost.number(headers.first("x-ratelimit-limit-req-minute").orElse(null));
        OptionalLong requestsLeft = TokenCost.number(headers.first("x-ratelimit-remaining-req-minute").orElse(null));
        if (requestLimit.isPresent() && requestLimit.getAsLong() > 0) {
            if (serverRequests == null) {
                serverRequests = new Budget(SERVER_REQUESTS_PER_MINUTE, BudgetSpec.SERVER_REQUESTS_PER_MINUTE, false,
                        requestLimit.getAsLong(), Duration.ofMinutes(1), store, clock);
            }
            serverRequests.align(requestLimit.getAsLong(), requestsLeft.orElse(-1));
        }
        OptionalLong tokenLimit = TokenCost.number(headers.first("x-ratelimit-limit-tokens-minute").orElse(null));
        OptionalLong tokensLeft = TokenCost.number(headers.first("x-ratelimit-remaining-tokens-minute").orElse(null));
        if (tokenLimit.isPresent() && tokenLimit.getAsLong() > 0) {
            if (serverTokens == null) {
                serverTokens = new Budget(SERVER_TOKENS_PER_MINUTE, BudgetSpec.SERVER_TOKENS_PER_MINUTE, true,
                        tokenLimit.getAsLong(), Duration.ofMinutes(1), store, clock);
            }
            serverTokens.align(tokenLimit.getAsLong(), tokensLeft.orElse(-1));
        }
        if (configuredTokens != null && tokensLeft.isPresent()) {
            configuredTokens.align(0, tokensLeft.getAsLong());
        }
    }

    private List<Budget> all() {
        List<Budget> all = new ArrayList<>(configured);
        Budget requests = serverRequests;
        Budget tokens = serverTokens;
        if (requests != null) {
            all.add(requests);
        }
        if (tokens != null) {
            all.add(tokens);
        }
        return all;
    }
}
