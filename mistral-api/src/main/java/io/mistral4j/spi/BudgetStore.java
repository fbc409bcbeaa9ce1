package io.mistral4j.spi;

/**
 * Where the budgets of a {@link io.mistral4j.resilience.RateLimitPolicy} are kept: requests per
 * second, tokens per minute, and the per-minute limits learnt from the server's headers. The
 * default store keeps them in the client's memory; a shared store (such as Redis) lets every
 * instance of a service spend from the same budgets, so that together they stay within one
 * workspace limit.
 *
 * <p>The client decides what a call costs and when (it reserves its estimated tokens before
 * sending and corrects them from the answer's cost); a store only keeps the buckets, so the
 * semantics are the same for every store. A store is given to
 * {@code MistralClient.Builder.budgetStore} or found through a {@link BudgetStoreProvider}.
 * The client never closes a store: one given to the builder belongs to the caller, who may
 * share it between clients.
 */
public interface BudgetStore extends AutoCloseable {

    /** A short name for logs, e.g. {@code memory} or {@code redis}. */
    String name();

    /**
     * The bucket of one budget. A shared store returns the bucket other instances use under the
     * same key, creating it with {@code spec}'s limit when it does not exist yet.
     */
    BudgetBucket bucket(BudgetSpec spec);

    /** Releases what the store opened (connections, threads); none by default. */
    @Override
    default void close() {
    }
}
