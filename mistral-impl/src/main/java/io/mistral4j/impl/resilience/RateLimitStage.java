package io.mistral4j.impl.resilience;

import io.github.bucket4j.BlockingStrategy;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.BudgetStore;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the client within its request and token budgets (see {@link RateLimitPolicy}). Every
 * attempt spends from them, because the server counts every attempt; a call waits for budget at
 * most the policy's {@code maxWait} (and never past its own deadline) or fails with
 * {@link io.mistral4j.errors.RateLimitExceededException}. The answer corrects the token estimate
 * and, when enabled, teaches the budgets the server's limits. The budgets are kept by a
 * {@link BudgetStore}: the client's memory, or one shared by many clients.
 */
public final class RateLimitStage implements CallStage {

    private final CallStage next;
    private final RateLimitPolicy policy;
    private final Budgets budgets;
    private final Timing timing;
    private final Executor executor;

    public RateLimitStage(CallStage next, RateLimitPolicy policy, BudgetStore store, Timing timing,
                          Executor executor) {
        this.next = next;
        this.policy = policy;
        this.budgets = new Budgets(policy, store, timing.clock());
        this.timing = timing;
        this.executor = executor;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        long estimate = estimate(request);
        budgets.take(estimate, maxWait(request), nanos -> timing.sleep(Duration.ofNanos(nanos)));
        TransportResponse response = next.send(call, request);
        budgets.settle(estimate, TokenCost.actual(response), response.headers());
        return response;
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        long estimate = estimate(request);
        AtomicLong longestWait = new AtomicLong();
        BlockingStrategy recordOnly = nanos -> longestWait.accumulateAndGet(nanos, Math::max);
        try {
            budgets.take(estimate, maxWait(request), recordOnly);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TransportResponse> sent = longestWait.get() == 0 ? next.sendAsync(call, request)
                : timing.delay(Duration.ofNanos(longestWait.get()), executor)
                        .thenCompose(ignored -> next.sendAsync(call, request));
        return sent.thenApply(response -> {
            budgets.settle(estimate, TokenCost.actual(response), response.headers());
            return response;
        });
    }

    private long estimate(TransportRequest request) {
        return budgets.countsTokens() ? TokenCost.estimate(request) : 0;
    }

    /** The policy's wait, cut to the time left in the call. */
    private Duration maxWait(TransportRequest request) {
        Duration left = request.responseTimeout();
        return left != null && left.compareTo(policy.maxWait()) < 0 ? left : policy.maxWait();
    }
}
