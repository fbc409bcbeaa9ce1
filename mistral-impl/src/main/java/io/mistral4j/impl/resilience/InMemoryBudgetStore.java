package io.mistral4j.impl.resilience;

import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.spi.BudgetStore;

/** The default store: each client's budgets in its own memory, a new bucket for each budget. */
public final class InMemoryBudgetStore implements BudgetStore {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public BudgetBucket bucket(BudgetSpec spec) {
        return new LocalBudgetBucket(spec);
    }
}
