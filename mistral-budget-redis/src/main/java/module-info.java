/**
 * Fleet-wide rate and token budgets: a {@link io.mistral4j.spi.BudgetStore} that keeps them in
 * Redis, on Bucket4j's Lettuce integration.
 */
@SuppressWarnings("requires-transitive-automatic")   // Lettuce names no module of its own
module io.mistral4j.budget.redis {
    requires transitive io.mistral4j.api;
    requires io.github.bucket4j.core;
    requires io.github.bucket4j.lettuce;
    requires io.github.bucket4j.redis.common;
    requires transitive lettuce.core;

    exports io.mistral4j.budget.redis;

    provides io.mistral4j.spi.BudgetStoreProvider with io.mistral4j.budget.redis.RedisBudgetStoreProvider;
}
