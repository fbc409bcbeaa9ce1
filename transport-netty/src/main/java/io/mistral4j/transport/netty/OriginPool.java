package io.mistral4j.transport.netty;

import io.mistral4j.errors.MistralConnectionException;
import io.netty.channel.Channel;
import io.netty.channel.pool.FixedChannelPool;
import java.util.concurrent.CompletableFuture;

/**
 * The connections to one origin. Over HTTP/1.1 each exchange takes a whole connection from the
 * bounded pool. When the origin may speak HTTP/2, the first exchange connects and learns the
 * protocol; meanwhile the others wait for that connection instead of opening their own. Over
 * HTTP/2 every exchange is then a stream of the one shared connection (which stays out of the
 * pool, counted against its bound, until it closes); if the server chose HTTP/1.1 the origin
 * uses the pool as usual, still offering HTTP/2 to each new connection.
 */
final class OriginPool {

    private final FixedChannelPool pool;
    private final boolean mayUseHttp2;
    private Http2Connection shared;                                   // guarded by this
    private CompletableFuture<Object> connecting;                     // guarded by this
    private boolean serverChoseHttp1;                                 // guarded by this

    OriginPool(FixedChannelPool pool, boolean mayUseHttp2) {
        this.pool = pool;
        this.mayUseHttp2 = mayUseHttp2;
    }

    /** A channel for one exchange: a stream of the shared HTTP/2 connection or a pooled HTTP/1.1 connection. */
    CompletableFuture<Lease> acquire() {
        CompletableFuture<Object> first;
        synchronized (this) {
            if (shared != null && shared.usable()) {
                return shared.openStream();
            }
            if (!mayUseHttp2 || serverChoseHttp1) {
                first = null;
            } else {
                if (connecting == null || connecting.isDone()) {
                    connecting = firstConnection();
                }
                first = connecting;
            }
        }
        if (first == null) {
            return connection().thenCompose(this::leaseOn);
        }
        return first.thenCompose(connection -> connection != null ? ((Http2Connection) connection).openStream()
                : acquire());
    }

    /**
     * Connects while no connection of the origin has spoken yet: gives the shared HTTP/2
     * connection, or null when the server chose HTTP/1.1; that connection then goes to the pool,
     * for the first of the waiting exchanges to take.
     */
    private CompletableFuture<Object> firstConnection() {
        return connection().thenApply(connection -> {
            if (connection instanceof Http2Connection) {
                return connection;
            }
            synchronized (this) {
                serverChoseHttp1 = true;
            }
            Lease.pooled((Channel) connection, pool).reuse();
            return null;
        });
    }

    private CompletableFuture<Lease> leaseOn(Object connection) {
        return connection instanceof Http2Connection ? ((Http2Connection) connection).openStream()
                : CompletableFuture.completedFuture(Lease.pooled((Channel) connection, pool));
    }

    /**
     * A connection from the pool with its protocol agreed: an {@link Http2Connection} or an
     * HTTP/1.1 {@link Channel}.
     */
    private CompletableFuture<Object> connection() {
        CompletableFuture<Object> result = new CompletableFuture<>();
        pool.acquire().addListener((io.netty.util.concurrent.Future<Channel> acquired) -> {
            if (!acquired.isSuccess()) {
                result.completeExceptionally(acquired.cause());
                return;
            }
            Channel channel = acquired.getNow();
            channel.eventLoop().execute(() -> ProtocolNegotiation.of(channel).addListener(
                    (io.netty.util.concurrent.Future<Boolean> agreed) -> settle(channel, agreed, result)));
        });
        return result;
    }

    /** On the channel's event loop: sets the connection up for the protocol agreed, or gives it up. */
    private void settle(Channel channel, io.netty.util.concurrent.Future<Boolean> agreed,
                        CompletableFuture<Object> result) {
        ProtocolNegotiation negotiation = channel.pipeline().get(ProtocolNegotiation.class);
        if (agreed.isSuccess() && !channel.isActive()) {
            Lease.pooled(channel, pool).discard();
            result.completeExceptionally(new MistralConnectionException(
                    "the connection closed as soon as it was open", null));
            return;
        }
        if (!agreed.isSuccess()) {
            Lease.pooled(channel, pool).discard();
            result.completeExceptionally(agreed.cause());
            return;
        }
        if (!agreed.getNow()) {
            if (negotiation != null) {
                ChannelSetup.speakHttp1(channel.pipeline());
                // removed after: what the server already sent goes on to the handlers just added
                channel.pipeline().remove(negotiation);
            }
            result.complete(channel);
            return;
        }
        try {
            Http2Connection connection = Http2Connection.install(channel, () -> closed(channel));
            if (negotiation != null) {
                channel.pipeline().remove(negotiation);
            }
            synchronized (this) {
                shared = connection;
                serverChoseHttp1 = false;
            }
            result.complete(connection);
        } catch (Exception e) {
            Lease.pooled(channel, pool).discard();
            result.completeExceptionally(e);
        }
    }

    /** An HTTP/2 connection closed: it leaves the pool's count, and the next exchange connects anew. */
    private void closed(Channel channel) {
        synchronized (this) {
            if (shared != null && !shared.usable()) {
                shared = null;
            }
        }
        pool.release(channel);
    }
}
