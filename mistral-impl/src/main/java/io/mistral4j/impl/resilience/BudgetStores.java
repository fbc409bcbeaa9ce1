package io.mistral4j.impl.resilience;

import io.mistral4j.ClientOptions;
import io.mistral4j.spi.BudgetStore;
import io.mistral4j.spi.BudgetStoreProvider;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which store keeps a client's budgets: the one given to the builder, else the first one a
 * {@link BudgetStoreProvider} found through ServiceLoader is configured for, else memory.
 */
public final class BudgetStores {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetStores.class);

    private final Supplier<Iterator<BudgetStoreProvider>> providers;

    public BudgetStores() {
        this(() -> ServiceLoader.load(BudgetStoreProvider.class).iterator());
    }

    BudgetStores(Supplier<Iterator<BudgetStoreProvider>> providers) {
        this.providers = providers;
    }

    public BudgetStore select(ClientOptions options) {
        return options.budgetStoreIfSet().or(this::discovered).orElseGet(InMemoryBudgetStore::new);
    }

    private Optional<BudgetStore> discovered() {
        Iterator<BudgetStoreProvider> iterator = providers.get();
        while (true) {
            BudgetStoreProvider provider;
            try {
                if (!iterator.hasNext()) {
                    return Optional.empty();
                }
                provider = iterator.next();
            } catch (ServiceConfigurationError e) {
                LOG.warn("Skipping a broken budget store provider: {}", e.getMessage());
                continue;
            }
            Optional<BudgetStore> store = provider.configured();   // wrong settings fail the build, by design
            if (store.isPresent()) {
                LOG.debug("Budgets are kept by the '{}' store", store.get().name());
                return store;
            }
        }
    }
}
