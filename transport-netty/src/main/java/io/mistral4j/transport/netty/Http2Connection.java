package io.mistral4j.transport.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2GoAwayFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamChannelBootstrap;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.CompletableFuture;

/**
 * One HTTP/2 connection shared by many exchanges, each on a stream channel of its own whose
 * pipeline translates frames to and from the HTTP objects the {@link ExchangeHandler} already
 * handles. The connection reads whenever data comes (HTTP/2 flow control is the back-pressure:
 * a stream's window is only given back as its reader takes the data); each stream reads only
 * while its reader wants more. Streams beyond the server's concurrency limit wait in the
 * encoder until one ends.
 */
final class Http2Connection extends ChannelInboundHandlerAdapter {

    /** How far the server may get ahead of one stream's reader, on top of the body's own buffer. */
    static final int STREAM_WINDOW = 256 * 1024;
    /** Room for many streams at once, so that one slow reader never stalls the others. */
    static final int CONNECTION_WINDOW = 32 * 1024 * 1024;
    private static final int DEFAULT_WINDOW = 65_535;
    /** Why the connection failed, kept on it so that each of its streams can say so as it closes. */
    static final AttributeKey<Throwable> FAILURE = AttributeKey.valueOf("mistral4j.h2.failure");

    private final Channel parent;
    private final Runnable closed;
    private final Http2StreamChannelBootstrap streams;
    private volatile boolean goingAway;

    private Http2Connection(Channel parent, Runnable closed) {
        this.parent = parent;
        this.closed = closed;
        this.streams = new Http2StreamChannelBootstrap(parent)
                .option(ChannelOption.AUTO_READ, false)
                .handler(new ChannelInitializer<Http2StreamChannel>() {
                    @Override
                    protected void initChannel(Http2StreamChannel stream) {
                        stream.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(false));
                        stream.pipeline().addLast(ChannelSetup.EXCHANGE, new ExchangeHandler());
                    }
                });
    }

    /**
     * Turns a new connection into an HTTP/2 one (on its event loop).
     *
     * @param closed run once the connection is gone
     */
    static Http2Connection install(Channel parent, Runnable closed) throws Http2Exception {
        Http2Connection connection = new Http2Connection(parent, closed);
        Http2FrameCodec codec = Http2FrameCodecBuilder.forClient()
                .initialSettings(Http2Settings.defaultSettings().pushEnabled(false).initialWindowSize(STREAM_WINDOW))
                .encoderEnforceMaxConcurrentStreams(true)
                .build();
        ChannelPipeline pipeline = parent.pipeline();
        pipeline.addLast(codec);
        pipeline.addLast(new Http2MultiplexHandler(new ChannelInboundHandlerAdapter()));
        pipeline.addLast(connection);
        codec.connection().local().flowController().incrementWindowSize(codec.connection().connectionStream(),
                CONNECTION_WINDOW - DEFAULT_WINDOW);
        parent.config().setAutoRead(true);
        return connection;
    }

    /** Whether new streams may still be opened here. */
    boolean usable() {
        return !goingAway && parent.isActive();
    }

    /** A new stream for one exchange. */
    CompletableFuture<Lease> openStream() {
        CompletableFuture<Lease> lease = new CompletableFuture<>();
        streams.open().addListener((io.netty.util.concurrent.Future<Http2StreamChannel> opened) -> {
            if (opened.isSuccess()) {
                lease.complete(Lease.stream(opened.getNow()));
            } else {
                lease.completeExceptionally(opened.cause());
            }
        });
        return lease;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof Http2GoAwayFrame) {
            goingAway = true;   // streams already open finish; new ones go to a new connection
        }
        ReferenceCountUtil.release(message);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.channel().attr(FAILURE).setIfAbsent(cause);
        ctx.close();   // a connection error: every stream learns it as its channel closes
    }

    /** Why the HTTP/2 connection carrying {@code stream} failed, or null (also for HTTP/1.1 channels). */
    static Throwable failureOf(Channel stream) {
        Channel connection = stream.parent();
        return connection == null ? null : connection.attr(FAILURE).get();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        goingAway = true;
        closed.run();
        ctx.fireChannelInactive();
    }
}
