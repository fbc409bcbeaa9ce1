package io.mistral4j.budget.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.spi.BudgetStore;
import java.time.Duration;

/**
 * Keeps a client's rate and token budgets in Redis under a workspace name, so that every client
 * configured with the same name, in any process, spends from the same buckets:
 *
 * <pre>{@code
 * BudgetStore budgets = RedisBudgetStore.builder().uri("redis://redis:6379").workspace("acme-prod").build();
 * MistralClient client = MistralClient.builder().fromEnv().rateLimit(policy).budgetStore(budgets).build();
 * }</pre>
 *
 * <p>Every Redis command waits at most {@linkplain Builder#timeout the timeout}, connecting at most
 * {@linkplain Builder#connectTimeout the connect timeout}. When Redis cannot
 * be reached, calls either fail fast with {@link io.mistral4j.errors.BudgetStoreUnavailableException}
 * (the default) or spend from a budget in this process holding a {@linkplain
 * Builder#fallbackToLocalShare share} of the limit; the outage is logged once at WARN, Redis is
 * asked again every {@linkplain Builder#recheckInterval recheck interval}, and the shared budgets
 * are used again as soon as it answers. Close the store when no client uses it any more.
 */
public final class RedisBudgetStore implements BudgetStore {

    /** The prefix of every key this store writes: {@code mistral4j:budget:<workspace>:<budget>}. */
    public static final String KEY_PREFIX = "mistral4j:budget:";

    private final String workspace;
    private final RedisLink link;
    private final RedisHealth health;
    private final double localShare;

    private RedisBudgetStore(Builder builder, RedisClient client, boolean ownsClient) {
        this.workspace = builder.workspace;
        this.localShare = builder.localShare;
        this.link = new RedisLink(client, ownsClient, builder.timeout, builder.connectTimeout);
        this.health = new RedisHealth(workspace, localShare == 0 ? "calls fail fast"
                : "each process spends from " + Math.round(localShare * 100) + "% of the limit", builder.recheckInterval);
    }

    /**
     * A builder with no workspace and no Redis yet, a 500 ms command timeout, a 2 s connect timeout,
     * fail-fast fallback and a 1 s recheck.
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "redis";
    }

    /** The workspace name the buckets are kept under. */
    public String workspace() {
        return workspace;
    }

    /** Whether Redis is believed unreachable now, so that the fallback is in use. */
    public boolean isUnavailable() {
        return health.isDown();
    }

    @Override
    public BudgetBucket bucket(BudgetSpec spec) {
        return new RedisBudgetBucket(KEY_PREFIX + workspace + ':' + spec.key(), spec, link, health, localShare);
    }

    /** Closes the connection, and the Redis client when the store created it from a URI. */
    @Override
    public void close() {
        link.close();
    }

    @Override
    public String toString() {
        return "RedisBudgetStore{workspace=" + workspace + '}';
    }

    /** Settings of a {@link RedisBudgetStore}; {@link #build()} checks them. */
    public static final class Builder {
        private String workspace;
        private String uri;
        private RedisClient client;
        private Duration timeout = Duration.ofMillis(500);
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration recheckInterval = Duration.ofSeconds(1);
        private double localShare;

        private Builder() {
        }

        /** The name the buckets are kept under: clients with the same name share budgets (required). */
        public Builder workspace(String workspace) {
            this.workspace = workspace;
            return this;
        }

        /**
         * Connects to Redis at this URI, e.g. {@code redis://host:6379} or {@code rediss://...}; the store
         * creates its own client and shuts it down when closed. Give a URI or a {@link #client client}.
         */
        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        /** Uses your own Lettuce client (its default URI); the store never shuts it down. */
        public Builder client(RedisClient client) {
            this.client = client;
            return this;
        }

        /** The longest wait for each Redis command (default 500 ms). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * The longest a call waits for the connection to Redis (default 2 s). Connecting starts when
         * the store is built, in the background; while Redis is unreachable, one call per recheck
         * interval waits this long while the others take the fallback at once.
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** How often Redis is tried again while it is unreachable (default 1 s). */
        public Builder recheckInterval(Duration interval) {
            this.recheckInterval = interval;
            return this;
        }

        /** While Redis is unreachable, calls fail with {@code BudgetStoreUnavailableException} (the default). */
        public Builder failFast() {
            this.localShare = 0;
            return this;
        }

        /**
         * While Redis is unreachable, each process spends from a budget of its own holding {@code share}
         * (more than 0, at most 1) of each limit, e.g. {@code 1.0 / instances}.
         */
        public Builder fallbackToLocalShare(double share) {
            if (!(share > 0 && share <= 1)) {
                this.localShare = Double.NaN;   // reported by build(), where every setting is checked
            } else {
                this.localShare = share;
            }
            return this;
        }

        /** Checks the settings, naming a bad one in a {@link ValidationException}, and creates the store. */
        public RedisBudgetStore build() {
            if (workspace == null || workspace.isBlank()) {
                throw new ValidationException("redis.workspace", "must not be empty");
            }
            requirePositive("redis.timeout", timeout);
            requirePositive("redis.connectTimeout", connectTimeout);
            requirePositive("redis.recheckInterval", recheckInterval);
            if (Double.isNaN(localShare)) {
                throw new ValidationException("redis.fallbackShare", "must be more than 0 and at most 1");
            }
            if ((uri == null) == (client == null)) {
                throw new ValidationException("redis.uri", "give either a URI or a RedisClient");
            }
            if (client != null) {
                return new RedisBudgetStore(this, client, false);
            }
            return new RedisBudgetStore(this, ownClient(), true);
        }

        private RedisClient ownClient() {
            RedisURI parsed;
            try {
                parsed = RedisURI.create(uri);
            } catch (RuntimeException e) {   // its message may repeat the URI and its password
                throw new ValidationException("redis.uri", "is not a redis:// or rediss:// URI");
            }
            parsed.setTimeout(timeout);
            RedisClient own = RedisClient.create(parsed);
            own.setOptions(ClientOptions.builder()
                    .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
            return own;
        }

        private static void requirePositive(String name, Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new ValidationException(name, "must be positive, was " + value);
            }
        }
    }
}
