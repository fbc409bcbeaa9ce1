package io.mistral4j.transport.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ResetFrame;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * A small HTTP/2 server on Netty's own codec for the transport's tests, over TLS (ALPN picks
 * HTTP/2 or HTTP/1.1) or cleartext with prior knowledge. It counts connections, open streams
 * and streams the client reset. Every answer says which protocol and connection carried it.
 * Paths:
 * <ul>
 *   <li>{@code /hello}: a short text; {@code /echo}: how many request body bytes arrived;</li>
 *   <li>{@code /gate?parties=N}: held until N requests have arrived, then all answered;</li>
 *   <li>{@code /slow}: answered after 50 ms;</li>
 *   <li>{@code /events?count=N&pauseMs=P}: N server-sent events, one per DATA frame, P ms apart;</li>
 *   <li>{@code /bulk?mb=N}: N MiB at once, as fast as flow control lets it go;</li>
 *   <li>{@code /silent}: the head, then nothing;</li>
 *   <li>{@code /reset}: the head and one event, then the stream is reset.</li>
 * </ul>
 */
final class Http2TestServer implements AutoCloseable {

    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger openStreams = new AtomicInteger();
    final AtomicInteger mostOpenStreams = new AtomicInteger();
    /** Stream ids the client reset. */
    final Set<Integer> resets = ConcurrentHashMap.newKeySet();
    /** Body bytes of {@code /bulk} the server's codec has written to the socket so far. */
    final AtomicLong bulkWritten = new AtomicLong();

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final AtomicInteger gateArrivals = new AtomicInteger();
    private final CountDownLatch anyReset = new CountDownLatch(1);
    private final Set<Channel> gated = ConcurrentHashMap.newKeySet();
    /** Every connection accepted, closed outright by {@link #close()}: a lost server, not one that winds down. */
    private final Set<Channel> accepted = ConcurrentHashMap.newKeySet();
    private final Channel listener;
    private final String scheme;
    private final long maxConcurrentStreams;

    private Http2TestServer(SSLContext tls, List<String> alpn, long maxConcurrentStreams) {
        this.scheme = tls == null ? "http" : "https";
        this.maxConcurrentStreams = maxConcurrentStreams;
        this.listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        accepted.add(channel);
                        int id = connections.incrementAndGet();
                        if (tls == null) {
                            speakHttp2(channel.pipeline(), id);
                            return;
                        }
                        SSLEngine engine = tls.createSSLEngine();
                        engine.setUseClientMode(false);
                        SSLParameters parameters = engine.getSSLParameters();
                        parameters.setApplicationProtocols(alpn.toArray(String[]::new));
                        engine.setSSLParameters(parameters);
                        channel.pipeline().addLast(new SslHandler(engine));
                        channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                            /** What the client sent before the protocol's handlers were in place (its preface). */
                            private final List<Object> early = new ArrayList<>();

                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object message) {
                                early.add(message);
                            }

                            @Override
                            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                                if (event instanceof SslHandshakeCompletionEvent
                                        && ((SslHandshakeCompletionEvent) event).isSuccess()) {
                                    if ("h2".equals(engine.getApplicationProtocol())) {
                                        speakHttp2(ctx.pipeline(), id);
                                    } else {
                                        speakHttp1(ctx.pipeline(), id);
                                    }
                                    ctx.pipeline().remove(this);
                                }
                                ctx.fireUserEventTriggered(event);
                            }

                            @Override
                            public void handlerRemoved(ChannelHandlerContext ctx) {
                                early.forEach(ctx::fireChannelRead);
                                if (!early.isEmpty()) {
                                    ctx.fireChannelReadComplete();
                                }
                                early.clear();
                            }
                        });
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).syncUninterruptibly().channel();
    }

    /** HTTPS; the server's ALPN offers {@code alpn}, in its order of preference. */
    static Http2TestServer tls(SSLContext context, String... alpn) {
        return new Http2TestServer(context, List.of(alpn), Long.MAX_VALUE);
    }

    /** HTTPS offering h2 only, allowing at most {@code streams} concurrent streams per connection. */
    static Http2TestServer tlsWithStreamLimit(SSLContext context, long streams) {
        return new Http2TestServer(context, List.of("h2"), streams);
    }

    /** Cleartext HTTP/2 with prior knowledge (h2c). */
    static Http2TestServer cleartext() {
        return new Http2TestServer(null, List.of(), Long.MAX_VALUE);
    }

    URI uri(String pathAndQuery) {
        return URI.create(scheme + "://127.0.0.1:" + ((InetSocketAddress) listener.localAddress()).getPort()
                + pathAndQuery);
    }

    boolean awaitReset(long millis) throws InterruptedException {
        return anyReset.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        accepted.forEach(channel -> channel.close().syncUninterruptibly());
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private void speakHttp2(ChannelPipeline pipeline, int connection) {
        Http2Settings settings = Http2Settings.defaultSettings();
        if (maxConcurrentStreams != Long.MAX_VALUE) {
            settings.maxConcurrentStreams(maxConcurrentStreams);
        }
        // A close is immediate, as a lost server's is (Netty would otherwise wait up to 30 s for open streams).
        pipeline.addLast(Http2FrameCodecBuilder.forServer().initialSettings(settings).gracefulShutdownTimeoutMillis(0)
                .build());
        pipeline.addLast(new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
                stream.pipeline().addLast(new StreamHandler(connection));
            }
        }));
    }

    private void speakHttp1(ChannelPipeline pipeline, int connection) {
        pipeline.addLast(new HttpServerCodec());
        pipeline.addLast(new HttpObjectAggregator(1 << 20));
        pipeline.addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                FullHttpRequest request = (FullHttpRequest) message;
                byte[] body = ("received " + request.content().readableBytes()).getBytes(StandardCharsets.UTF_8);
                request.release();
                DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                        HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
                response.headers().set("content-length", body.length).set("x-protocol", "HTTP/1.1")
                        .set("x-connection", connection);
                ctx.writeAndFlush(response);
            }
        });
    }

    /** Serves one stream. */
    private final class StreamHandler extends ChannelInboundHandlerAdapter {
        private final int connection;
        private String path;
        private long received;
        private boolean answered;

        StreamHandler(int connection) {
            this.connection = connection;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            int open = openStreams.incrementAndGet();
            mostOpenStreams.accumulateAndGet(open, Math::max);
            ctx.fireChannelActive();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            openStreams.decrementAndGet();
            ctx.fireChannelInactive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            try {
                boolean end = false;
                if (message instanceof Http2HeadersFrame) {
                    path = ((Http2HeadersFrame) message).headers().path().toString();
                    end = ((Http2HeadersFrame) message).isEndStream();
                } else if (message instanceof Http2DataFrame) {
                    Http2DataFrame data = (Http2DataFrame) message;
                    received += data.content().readableBytes();
                    end = data.isEndStream();
                } else if (message instanceof Http2ResetFrame) {
                    reset(ctx);
                }
                if (end && !answered) {
                    answered = true;
                    answer(ctx);
                }
            } finally {
                ReferenceCountUtil.release(message);
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof Http2ResetFrame) {
                reset(ctx);
            } else {
                ctx.fireUserEventTriggered(event);
            }
        }

        private void reset(ChannelHandlerContext ctx) {
            resets.add(((Http2StreamChannel) ctx.channel()).stream().id());
            anyReset.countDown();
        }

        private void answer(ChannelHandlerContext ctx) {
            QueryStringDecoder query = new QueryStringDecoder(path);
            switch (query.path()) {
                case "/gate":
                    int parties = Integer.parseInt(query.parameters().get("parties").get(0));
                    gated.add(ctx.channel());
                    if (gateArrivals.incrementAndGet() == parties) {
                        gated.forEach(stream -> stream.eventLoop().execute(() -> text(stream, "through the gate")));
                    }
                    break;
                case "/slow":
                    ctx.executor().schedule(() -> text(ctx.channel(), "slow"), 50, TimeUnit.MILLISECONDS);
                    break;
                case "/events":
                    head(ctx.channel(), "text/event-stream", false);
                    event(ctx, 0, Integer.parseInt(query.parameters().get("count").get(0)),
                            Long.parseLong(query.parameters().get("pauseMs").get(0)));
                    break;
                case "/bulk":
                    head(ctx.channel(), "application/octet-stream", false);
                    int chunks = Integer.parseInt(query.parameters().get("mb").get(0)) * 16;
                    for (int i = 0; i < chunks; i++) {
                        ctx.write(new DefaultHttp2DataFrame(Unpooled.wrappedBuffer(new byte[64 * 1024]), i == chunks - 1))
                                .addListener(written -> {
                                    if (written.isSuccess()) {
                                        bulkWritten.addAndGet(64 * 1024);
                                    }
                                });
                    }
                    ctx.flush();
                    break;
                case "/silent":
                    head(ctx.channel(), "text/plain", false);
                    break;
                case "/reset":
                    head(ctx.channel(), "text/event-stream", false);
                    ctx.write(new DefaultHttp2DataFrame(Unpooled.copiedBuffer("data: {\"n\":0}\n\n",
                            StandardCharsets.UTF_8), false));
                    ctx.writeAndFlush(new DefaultHttp2ResetFrame(Http2Error.INTERNAL_ERROR));
                    break;
                default:
                    text(ctx.channel(), query.path().equals("/echo") ? "received " + received : "hello");
            }
        }

        private void event(ChannelHandlerContext ctx, int index, int count, long pauseMs) {
            if (!ctx.channel().isActive()) {
                return;
            }
            boolean last = index == count - 1;
            ctx.writeAndFlush(new DefaultHttp2DataFrame(Unpooled.copiedBuffer("data: {\"n\":" + index + "}\n\n"
                    + (last ? "data: [DONE]\n\n" : ""), StandardCharsets.UTF_8), last));
            if (!last) {
                ctx.executor().schedule(() -> event(ctx, index + 1, count, pauseMs), pauseMs, TimeUnit.MILLISECONDS);
            }
        }

        private void head(Channel stream, String contentType, boolean end) {
            Http2Headers headers = new DefaultHttp2Headers().status("200").set("content-type", contentType)
                    .set("x-protocol", "HTTP/2").set("x-connection", Integer.toString(connection));
            stream.writeAndFlush(new DefaultHttp2HeadersFrame(headers, end));
        }

        private void text(Channel stream, String text) {
            head(stream, "text/plain", false);
            ByteBuf body = Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
            stream.writeAndFlush(new DefaultHttp2DataFrame(body, true));
        }
    }
}
