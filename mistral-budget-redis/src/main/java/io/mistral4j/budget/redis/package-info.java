/**
 * A budget store in Redis: every client configured with the same workspace name spends from the
 * same request and token buckets, so that a fleet of instances stays within one workspace limit.
 * Build one with {@link io.mistral4j.budget.redis.RedisBudgetStore#builder()} and give it to
 * {@code MistralClient.Builder.budgetStore}, or let
 * {@link io.mistral4j.budget.redis.RedisBudgetStoreProvider} configure one from system properties.
 */
package io.mistral4j.budget.redis;
