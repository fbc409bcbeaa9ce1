package io.mistral4j.transport.netty;

import io.mistral4j.errors.MistralConnectionException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2ResetFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * The last handler of each pooled channel: routes what the codec decodes to the channel's
 * current {@link Exchange}, and asks for the next read only while that exchange wants data
 * (auto-read is off). Anything arriving with no exchange in progress closes the connection.
 */
final class ExchangeHandler extends ChannelInboundHandlerAdapter {

    private Exchange current;
    /**
     * Body bytes of the current read, handed to the exchange together when the read completes:
     * a socket read holds many small chunks (stream events), and one hand-over wakes the reader
     * once for all of them. Only the event loop touches it.
     */
    private final List<ByteBuf> pending = new ArrayList<>();

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
                fail(exchange, new MistralConnectionException("malformed answer to " + exchange.request,
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
                    pending.add(content.content().retain());
                }
                if (content instanceof LastHttpContent) {
                    deliver(exchange);
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
        if (exchange != null) {
            deliver(exchange);
            if (exchange.wantsMore()) {
                ctx.read();
            }
        }
    }

    /** Hands the read's body bytes to {@code exchange}, which owns them from then on. */
    private void deliver(Exchange exchange) {
        if (!pending.isEmpty()) {
            exchange.onContent(pending);
            pending.clear();
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        pending.forEach(ByteBuf::release);
        pending.clear();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Exchange exchange = current;
        if (exchange != null) {
            Throwable cause = Http2Connection.failureOf(ctx.channel());
            fail(exchange, new MistralConnectionException("the connection closed before the answer ended: "
                    + exchange.request + (cause == null ? "" : ": " + cause), cause));
        }
        ctx.fireChannelInactive();
    }

    /** An HTTP/2 stream the server reset arrives as an event, not a read; the stream then closes. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        Exchange exchange = current;
        if (event instanceof Http2ResetFrame && exchange != null) {
            fail(exchange, new MistralConnectionException("the server reset the stream ("
                    + errorName(((Http2ResetFrame) event).errorCode()) + ") before the answer ended: "
                    + exchange.request, null));
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Exchange exchange = current;
        if (exchange != null) {
            fail(exchange, Failures.of(cause, exchange.request));
        }
        ctx.close();
    }

    /** Ends {@code exchange} with {@code failure}; what this read brought before it can still be read first. */
    private void fail(Exchange exchange, Throwable failure) {
        current = null;
        deliver(exchange);
        exchange.abort(failure);
    }

    private static String errorName(long code) {
        Http2Error error = Http2Error.valueOf(code);
        return error == null ? "HTTP/2 error code " + code : error.name();
    }
}
