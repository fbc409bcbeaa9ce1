package io.mistral4j.budget.redis;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The store's one connection to Redis and Bucket4j's proxies over it. Connecting starts when the
 * store is built, in the background, so that a store can be built while Redis is down; a call
 * waits for it at most the connect timeout, and every command at most the command timeout.
 * Once made, Lettuce reconnects it by itself.
 */
final class RedisLink implements AutoCloseable {

    /** Keys expire once their bucket would be full again, so idle workspaces leave nothing behind. */
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofSeconds(5);

    private final RedisClient client;
    private final boolean ownsClient;
    private final Duration timeout;
    private final Duration connectTimeout;
    private CompletableFuture<StatefulRedisConnection<byte[], byte[]>> connecting;
    private volatile ProxyManager<String> proxies;
    private volatile boolean closed;

    RedisLink(RedisClient client, boolean ownsClient, Duration timeout, Duration connectTimeout) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.timeout = timeout;
        this.connectTimeout = connectTimeout;
        attempt();
    }

    /** Bucket4j's proxies, connecting first if need be; fails when Redis cannot be reached in time. */
    ProxyManager<String> proxies() {
        ProxyManager<String> ready = proxies;
        return ready != null ? ready : connect();
    }

    private ProxyManager<String> connect() {
        CompletableFuture<StatefulRedisConnection<byte[], byte[]>> attempt = attempt();
        try {
            StatefulRedisConnection<byte[], byte[]> connection = attempt.get(connectTimeout.toNanos(),
                    TimeUnit.NANOSECONDS);
            return proxiesOver(connection);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no connection within " + connectTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting");
        } catch (ExecutionException e) {
            synchronized (this) {
                if (connecting == attempt) {
                    connecting = null;   // the next caller tries again
                }
            }
            throw new IllegalStateException(RedisFailure.describe(e.getCause()));
        }
    }

    /** One connection attempt at a time; a slow one goes on in the background and is used when it succeeds. */
    private synchronized CompletableFuture<StatefulRedisConnection<byte[], byte[]>> attempt() {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        if (connecting == null) {
            connecting = CompletableFuture.supplyAsync(() -> {
                StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
                connection.setTimeout(timeout);
                return connection;
            });
        }
        return connecting;
    }

    private synchronized ProxyManager<String> proxiesOver(StatefulRedisConnection<byte[], byte[]> connection) {
        if (proxies == null) {
            ProxyManager<byte[]> manager = LettuceBasedProxyManager.builderFor(connection)
                    .withClientSideConfig(ClientSideConfig.getDefault().withRequestTimeout(timeout))
                    .withExpirationStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            KEEP_FULL_BUCKETS))
                    .build();
            proxies = manager.withMapper(key -> key.getBytes(StandardCharsets.UTF_8));
        }
        return proxies;
    }

    @Override
    public void close() {
        CompletableFuture<StatefulRedisConnection<byte[], byte[]>> attempt;
        synchronized (this) {
            closed = true;
            attempt = connecting;
        }
        if (attempt != null && attempt.isDone() && !attempt.isCompletedExceptionally()) {
            attempt.join().close();   // before the client shuts down its event loops
        } else if (attempt != null) {
            attempt.thenAccept(StatefulRedisConnection::close);
        }
        if (ownsClient) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
