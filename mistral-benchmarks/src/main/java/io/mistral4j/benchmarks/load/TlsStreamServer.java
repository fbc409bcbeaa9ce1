package io.mistral4j.benchmarks.load;

import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.transport.TestCertificateAuthority;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * The server of {@link H2LoadDriver}, in a JVM of its own: serves the Mistral simulator's
 * chat stream (its bytes captured once at start, then replayed; one event per HTTP/2 DATA frame
 * or HTTP/1.1 chunk, each flushed alone, as the simulator writes them) over TLS on two ports:
 * one whose ALPN offers {@code h2} and {@code http/1.1}, one offering {@code http/1.1} only, so
 * that every client speaks HTTP/2 on the first and HTTP/1.1 on the second with its defaults. A
 * plain-HTTP admin port answers {@code /stats?port=P} with the connections and requests each
 * protocol had on port P.
 *
 * <p>Arguments: the file to write the test certificate authority's certificate (DER) to. Prints
 * {@code h2 <url>}, {@code h1 <url>}, {@code admin <url>}, then {@code ready}.
 */
public final class TlsStreamServer {

    private final List<byte[]> events;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());

    private TlsStreamServer(List<byte[]> events) {
        this.events = events;
    }

    public static void main(String[] args) throws Exception {
        TestCertificateAuthority authority = TestCertificateAuthority.create("Mistral4J load CA");
        Files.write(Path.of(args[0]), authority.certificate().getEncoded());
        SSLContext tls = authority.issue("127.0.0.1", List.of("127.0.0.1"), List.of("localhost")).serverContext();
        TlsStreamServer server = new TlsStreamServer(captureStream());
        Listener both = server.listen(tls, "h2", "http/1.1");
        Listener http1 = server.listen(tls, "http/1.1");
        Channel admin = server.admin(both, http1);
        System.out.println("h2 https://127.0.0.1:" + both.port());
        System.out.println("h1 https://127.0.0.1:" + http1.port());
        System.out.println("admin http://127.0.0.1:" + ((InetSocketAddress) admin.localAddress()).getPort());
        System.out.println("ready");
        System.out.flush();
        admin.closeFuture().sync();   // runs until the driver stops this JVM
    }

    /** The simulator's answer to the load driver's stream request, split after each event. */
    private static List<byte[]> captureStream() throws IOException, InterruptedException {
        String key = "sk-tls-stream-server";
        try (MistralSimulator simulator = MistralSimulator.builder().apiKey(key).start()) {
            WireRequests.Captured stream = WireRequests.capture(simulator.baseUrl(), key).stream;
            HttpRequest.Builder request = HttpRequest.newBuilder(stream.uri())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(stream.body()));
            stream.headers().asMap().forEach((name, values) -> {
                if (name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("content-type")
                        || name.equalsIgnoreCase("accept")) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            return ReplayServer.Answers.events(client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        }
    }

    /** What one listener served, per protocol. */
    record Listener(Channel channel, AtomicLong h2Connections, AtomicLong h1Connections, AtomicLong h2Streams,
                    AtomicLong h1Requests) {
        int port() {
            return ((InetSocketAddress) channel.localAddress()).getPort();
        }

        String stats() {
            return "h2_connections=" + h2Connections + " h1_connections=" + h1Connections + " h2_streams="
                    + h2Streams + " h1_requests=" + h1Requests;
        }
    }

    private Listener listen(SSLContext tls, String... alpn) {
        AtomicLong h2Connections = new AtomicLong();
        AtomicLong h1Connections = new AtomicLong();
        AtomicLong h2Streams = new AtomicLong();
        AtomicLong h1Requests = new AtomicLong();
        Channel channel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel connection) {
                        SSLEngine engine = tls.createSSLEngine();
                        engine.setUseClientMode(false);
                        SSLParameters parameters = engine.getSSLParameters();
                        parameters.setApplicationProtocols(alpn);
                        engine.setSSLParameters(parameters);
                        connection.pipeline().addLast(new SslHandler(engine));
                        connection.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                            @Override
                            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                                if (event instanceof SslHandshakeCompletionEvent
                                        && ((SslHandshakeCompletionEvent) event).isSuccess()) {
                                    ctx.pipeline().remove(this);
                                    if ("h2".equals(engine.getApplicationProtocol())) {
                                        h2Connections.incrementAndGet();
                                        speakHttp2(ctx.pipeline(), h2Streams);
                                    } else {
                                        h1Connections.incrementAndGet();
                                        speakHttp1(ctx.pipeline(), h1Requests);
                                    }
                                }
                                ctx.fireUserEventTriggered(event);
                            }
                        });
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).syncUninterruptibly().channel();
        return new Listener(channel, h2Connections, h1Connections, h2Streams, h1Requests);
    }

    private void speakHttp2(ChannelPipeline pipeline, AtomicLong streams) {
        pipeline.addLast(Http2FrameCodecBuilder.forServer().build());
        pipeline.addLast(new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
                stream.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object message) {
                        boolean end = message instanceof Http2HeadersFrame && ((Http2HeadersFrame) message).isEndStream()
                                || message instanceof Http2DataFrame && ((Http2DataFrame) message).isEndStream();
                        ReferenceCountUtil.release(message);
                        if (end) {
                            streams.incrementAndGet();
                            ctx.writeAndFlush(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers().status("200")
                                    .set("content-type", "text/event-stream")));
                            for (int i = 0; i < events.size(); i++) {
                                ctx.writeAndFlush(new DefaultHttp2DataFrame(Unpooled.wrappedBuffer(events.get(i)),
                                        i == events.size() - 1));
                            }
                        }
                    }
                });
            }
        }));
    }

    private void speakHttp1(ChannelPipeline pipeline, AtomicLong requests) {
        pipeline.addLast(new HttpServerCodec());
        pipeline.addLast(new HttpObjectAggregator(1 << 20));
        pipeline.addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                ((FullHttpRequest) message).release();
                requests.incrementAndGet();
                DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
                head.headers().set("content-type", "text/event-stream").set("transfer-encoding", "chunked");
                ctx.writeAndFlush(head);
                for (byte[] event : events) {
                    ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(event)));
                }
                ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
            }
        });
    }

    /** {@code GET /stats?port=P}: the counters of the listener on port P, as one line. */
    private Channel admin(Listener... listeners) {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel connection) {
                        connection.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(4096),
                                new ChannelInboundHandlerAdapter() {
                                    @Override
                                    public void channelRead(ChannelHandlerContext ctx, Object message) {
                                        FullHttpRequest request = (FullHttpRequest) message;
                                        String query = URI.create(request.uri()).getQuery();
                                        request.release();
                                        String stats = "unknown port";
                                        for (Listener listener : listeners) {
                                            if (("port=" + listener.port()).equals(query)) {
                                                stats = listener.stats();
                                            }
                                        }
                                        byte[] body = stats.getBytes(StandardCharsets.UTF_8);
                                        DefaultFullHttpResponse response = new DefaultFullHttpResponse(
                                                HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                                                Unpooled.wrappedBuffer(body));
                                        response.headers().set("content-length", body.length);
                                        ctx.writeAndFlush(response);
                                    }
                                });
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).syncUninterruptibly().channel();
    }
}
