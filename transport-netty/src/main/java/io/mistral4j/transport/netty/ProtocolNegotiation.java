package io.mistral4j.transport.netty;

import io.mistral4j.errors.MistralConnectionException;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.util.ArrayDeque;
import io.netty.util.concurrent.Promise;

/**
 * Learns which protocol a new connection that may speak HTTP/2 speaks: the one ALPN picked
 * once TLS is up, or HTTP/2 at once with prior knowledge. Until then it is the last handler
 * and takes the connection's failures, so that none reaches the pipeline's end unhandled.
 * What the server sends before the protocol's handlers are in place (an HTTP/2 server speaks
 * first, its {@code SETTINGS} may come with the end of the TLS handshake) is kept and handed to
 * those handlers when this one is removed; dropped, it would leave the connection unusable.
 */
final class ProtocolNegotiation extends ChannelInboundHandlerAdapter {

    private final boolean secure;
    private final ArrayDeque<Object> early = new ArrayDeque<>();
    private Promise<Boolean> http2;

    ProtocolNegotiation(boolean secure) {
        this.secure = secure;
    }

    /**
     * Completes with true for HTTP/2, false for HTTP/1.1; on the channel's event loop. A channel
     * without this handler was negotiated before: it is an idle HTTP/1.1 connection of the pool.
     */
    static Future<Boolean> of(Channel channel) {
        ProtocolNegotiation negotiation = channel.pipeline().get(ProtocolNegotiation.class);
        return negotiation == null ? channel.eventLoop().newSucceededFuture(false) : negotiation.http2;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        http2 = ctx.executor().newPromise();
        if (!secure) {
            http2.setSuccess(true);   // prior knowledge: the preface goes out with the first request
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SslHandshakeCompletionEvent) {
            SslHandshakeCompletionEvent handshake = (SslHandshakeCompletionEvent) event;
            if (handshake.isSuccess()) {
                String chosen = ctx.pipeline().get(SslHandler.class).engine().getApplicationProtocol();
                http2.trySuccess("h2".equals(chosen));
            } else {
                http2.tryFailure(handshake.cause());
            }
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        early.add(message);
    }

    /** Hands what came early to the handlers added after this one. */
    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (early.isEmpty()) {
            return;
        }
        Object message;
        while ((message = early.poll()) != null) {
            ctx.fireChannelRead(message);
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        http2.tryFailure(cause);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        http2.tryFailure(new MistralConnectionException("the connection closed before its protocol was agreed",
                null));
        early.forEach(ReferenceCountUtil::release);
        early.clear();
        ctx.fireChannelInactive();
    }
}
