package io.mistral4j.transport.netty;

import io.mistral4j.errors.MistralConnectionException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * The last handler of each pooled channel: routes what the codec decodes to the channel's
 * current {@link Exchange}, and asks for the next read only while that exchange wants data
 * (auto-read is off). Anything arriving with no exchange in progress closes the connection.
 */
final class ExchangeHandler extends ChannelInboundHandlerAdapter {

    private Exchange current;

    /** Called on the event loop before the request is written. */
    void begin(Exchange exchange) {
        current = exchange;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        Exchange exchange = current;
        try {
            if (exchange == null) {
                ctx.close();   // an idle connection has nothing to say; whatever this is, the connection is unusable
                return;
            }
            if (message instanceof HttpObject && ((HttpObject) message).decoderResult().isFailure()) {
                current = null;
                exchange.abort(new MistralConnectionException("malformed answer to " + exchange.request,
                        ((HttpObject) message).decoderResult().cause()));
                return;
            }
            if (message instanceof HttpResponse) {
                HttpResponse response = (HttpResponse) message;
                if (response.status().codeClass() == io.netty.handler.codec.http.HttpStatusClass.INFORMATIONAL
                        && response.status().code() != HttpResponseStatus.SWITCHING_PROTOCOLS.code()) {
                    return;   // 100 Continue and friends precede the real answer
                }
                exchange.onHead(response);
            }
            if (message instanceof HttpContent) {
                HttpContent content = (HttpContent) message;
                if (content.content().isReadable()) {
                    exchange.onContent(content.content().retain());
                }
                if (content instanceof LastHttpContent) {
                    current = null;
                    exchange.onEnd();
                }
            }
        } finally {
            ReferenceCountUtil.release(message);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        Exchange exchange = current;
        if (exchange != null && exchange.wantsMore()) {
            ctx.read();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Exchange exchange = current;
        current = null;
        if (exchange != null) {
            exchange.abort(new MistralConnectionException("the connection closed before the answer ended: "
                    + exchange.request, null));
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Exchange exchange = current;
        current = null;
        if (exchange != null) {
            exchange.abort(Failures.of(cause, exchange.request));
        }
        ctx.close();
    }
}
