package io.mistral4j.budget.redis;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.spi.BudgetStore;
import io.mistral4j.spi.BudgetStoreProvider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Found through ServiceLoader: a {@link RedisBudgetStore} for clients given no store, configured
 * by system properties. Nothing happens unless {@value #URI} is set:
 * <ul>
 *   <li>{@value #URI}: the Redis URI, e.g. {@code redis://redis:6379};</li>
 *   <li>{@value #WORKSPACE}: the workspace name (required with the URI);</li>
 *   <li>{@value #FALLBACK_SHARE}: the local share while Redis is unreachable (unset: fail fast);</li>
 *   <li>{@value #TIMEOUT_MILLIS}: the longest wait for Redis in milliseconds (default 500).</li>
 * </ul>
 * Clients with the same settings share one store (one connection) for the life of the JVM.
 */
public final class RedisBudgetStoreProvider implements BudgetStoreProvider {

    /** System property: the Redis URI; setting it turns the store on. */
    public static final String URI = "mistral4j.budgets.redis.uri";
    /** System property: the workspace name the budgets are kept under. */
    public static final String WORKSPACE = "mistral4j.budgets.redis.workspace";
    /** System property: the share of each limit a process spends from while Redis is unreachable. */
    public static final String FALLBACK_SHARE = "mistral4j.budgets.redis.fallbackShare";
    /** System property: the longest wait for Redis, in milliseconds. */
    public static final String TIMEOUT_MILLIS = "mistral4j.budgets.redis.timeoutMillis";

    private static final Map<String, RedisBudgetStore> STORES = new ConcurrentHashMap<>();

    private final UnaryOperator<String> properties;

    /** Reads the system properties. */
    public RedisBudgetStoreProvider() {
        this(System::getProperty);
    }

    RedisBudgetStoreProvider(UnaryOperator<String> properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public Optional<BudgetStore> configured() {
        String uri = properties.apply(URI);
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        RedisBudgetStore.Builder builder = RedisBudgetStore.builder().uri(uri).workspace(properties.apply(WORKSPACE));
        String share = properties.apply(FALLBACK_SHARE);
        if (share != null) {
            builder.fallbackToLocalShare(number(FALLBACK_SHARE, share));
        }
        String timeout = properties.apply(TIMEOUT_MILLIS);
        if (timeout != null) {
            builder.timeout(Duration.ofMillis((long) number(TIMEOUT_MILLIS, timeout)));
        }
        String settings = uri + '\n' + properties.apply(WORKSPACE) + '\n' + share + '\n' + timeout;
        RedisBudgetStore store = STORES.get(settings);
        if (store == null) {
            RedisBudgetStore built = builder.build();   // validates before anything is shared
            store = STORES.computeIfAbsent(settings, ignored -> built);
            if (store != built) {
                built.close();
            }
        }
        return Optional.of(store);
    }

    private static double number(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "must be a number, was '" + text + "'");
        }
    }
}
