package io.mistral4j.spi;

import java.util.Optional;

/**
 * Finds a {@link BudgetStore} through {@link java.util.ServiceLoader} for clients whose builder
 * was given none. A provider configures its store from system properties (or the environment)
 * and returns nothing when they do not ask for it; the first provider with a store wins, and
 * without one budgets stay in the client's memory.
 */
public interface BudgetStoreProvider {

    /** A short stable name, e.g. {@code redis}. */
    String name();

    /**
     * The store this provider's settings configure, empty when they configure none. Called for
     * each client whose rate limits are on; a provider hands every client the same store.
     *
     * @throws io.mistral4j.errors.ValidationException when its settings are present but wrong
     */
    Optional<BudgetStore> configured();
}
