package io.mistral4j.transport.netty;

import io.netty.channel.Channel;
import io.netty.channel.pool.ChannelPool;

/** The channel one exchange runs on, and how it is given back once the exchange is over. */
abstract class Lease {

    final Channel channel;

    private Lease(Channel channel) {
        this.channel = channel;
    }

    /** The exchange ended cleanly: the channel may serve another one. */
    abstract void reuse();

    /** The exchange was abandoned or failed: the channel must not carry anything more. */
    abstract void discard();

    /** Whether the exchange is an HTTP/2 stream (its answer's head is translated from HTTP/2). */
    abstract boolean http2();

    /** A whole HTTP/1.1 connection from the origin's pool. */
    static Lease pooled(Channel channel, ChannelPool pool) {
        return new Lease(channel) {
            @Override
            void reuse() {
                channel.read();   // watch the idle connection, so that a close by the server is noticed
                pool.release(channel);
            }

            @Override
            void discard() {
                channel.close();
                pool.release(channel);
            }

            @Override
            boolean http2() {
                return false;
            }
        };
    }

    /**
     * One stream of a shared HTTP/2 connection. Closing a stream that is still open resets it
     * ({@code RST_STREAM}), leaving the connection and its other streams alone.
     */
    static Lease stream(Channel stream) {
        return new Lease(stream) {
            @Override
            void reuse() {
                stream.close();
            }

            @Override
            void discard() {
                stream.close();
            }

            @Override
            boolean http2() {
                return true;
            }
        };
    }
}
