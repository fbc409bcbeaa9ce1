package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ClientOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.spi.BudgetStore;
import io.mistral4j.spi.BudgetStoreProvider;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which store keeps the budgets: the builder's, else a configured provider's, else memory. */
class BudgetStoresTest {

    private static final BudgetStore GIVEN = new NamedStore("given");
    private static final BudgetStore DISCOVERED = new NamedStore("discovered");

    @Test
    void theStoreGivenToTheBuilderWins() {
        assertThat(stores(provider(Optional.of(DISCOVERED))).select(options(GIVEN))).isSameAs(GIVEN);
    }

    @Test
    void theFirstConfiguredProviderIsUsedWhenNoneIsGiven() {
        BudgetStores stores = stores(provider(Optional.empty()), provider(Optional.of(DISCOVERED)));

        assertThat(stores.select(options(null))).isSameAs(DISCOVERED);
    }

    @Test
    void withoutAConfiguredProviderBudgetsStayInMemory() {
        assertThat(stores(provider(Optional.empty())).select(options(null))).isInstanceOf(InMemoryBudgetStore.class);
        assertThat(new InMemoryBudgetStore().name()).isEqualTo("memory");
    }

    @Test
    void aProviderWithWrongSettingsFailsTheBuild() {
        BudgetStoreProvider wrong = provider(null);

        assertThatThrownBy(() -> stores(wrong).select(options(null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("test.setting");
    }

    @Test
    void aBudgetSpecNamesItsBadField() {
        assertThatThrownBy(() -> new BudgetSpec(" ", 1, java.time.Duration.ofSeconds(1), java.time.Clock.systemUTC()))
                .hasMessageContaining("budget.key");
        assertThatThrownBy(() -> new BudgetSpec("k", 0, java.time.Duration.ofSeconds(1), java.time.Clock.systemUTC()))
                .hasMessageContaining("budget.capacity");
    }

    private static BudgetStores stores(BudgetStoreProvider... providers) {
        return new BudgetStores(() -> List.of(providers).iterator());
    }

    private static ClientOptions options(BudgetStore store) {
        return new ClientOptions(null, URI.create("http://127.0.0.1:1"), null, null, null, null, null, null, null, null,
                null, null, store);
    }

    /** A provider configured for {@code store}; null stands for wrong settings. */
    private static BudgetStoreProvider provider(Optional<BudgetStore> store) {
        return new BudgetStoreProvider() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public Optional<BudgetStore> configured() {
                if (store == null) {
                    throw new ValidationException("test.setting", "is wrong");
                }
                return store;
            }
        };
    }

    private record NamedStore(String name) implements BudgetStore {
        @Override
        public BudgetBucket bucket(BudgetSpec spec) {
            throw new UnsupportedOperationException();
        }
    }
}
