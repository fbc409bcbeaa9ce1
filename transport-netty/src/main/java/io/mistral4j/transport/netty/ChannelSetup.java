package io.mistral4j.transport.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.proxy.HttpProxyHandler;
import io.netty.handler.ssl.SslHandler;
import java.net.SocketAddress;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * Builds the pipeline of each new pooled channel: an HTTP CONNECT proxy handler when a proxy
 * is used, TLS through the JDK's {@link SSLEngine} with hostname verification, then the HTTP/1.1
 * codec and the {@link ExchangeHandler}; or, when the origin may speak HTTP/2, ALPN offering
 * {@code h2} and {@code http/1.1} and a {@link ProtocolNegotiation} that learns which one the
 * connection speaks before its protocol's handlers are added.
 */
final class ChannelSetup extends AbstractChannelPoolHandler {

    static final String EXCHANGE = "mistral4j-exchange";

    private final Origin origin;
    private final SSLContext tls;
    private final Duration handshakeTimeout;
    private final ChannelGroup all;
    private final boolean mayUseHttp2;

    /** @param all every channel of the transport, closed together when it closes */
    ChannelSetup(Origin origin, SSLContext tls, Duration handshakeTimeout, ChannelGroup all, boolean mayUseHttp2) {
        this.origin = origin;
        this.mayUseHttp2 = mayUseHttp2;
        this.all = all;
        this.tls = tls;
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public void channelCreated(Channel channel) {
        all.add(channel);
        ChannelPipeline pipeline = channel.pipeline();
        SocketAddress proxy = origin.proxy();
        if (proxy != null) {
            HttpProxyHandler tunnel = new HttpProxyHandler(proxy);
            tunnel.setConnectTimeoutMillis(handshakeTimeout.toMillis());
            pipeline.addLast(tunnel);
        }
        if (origin.secure()) {
            SSLEngine engine = tls.createSSLEngine(origin.host(), origin.port());
            engine.setUseClientMode(true);
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (mayUseHttp2) {
                parameters.setApplicationProtocols(new String[] {"h2", "http/1.1"});
            }
            engine.setSSLParameters(parameters);
            SslHandler ssl = new SslHandler(engine);
            ssl.setHandshakeTimeoutMillis(handshakeTimeout.toMillis());
            pipeline.addLast(ssl);
        }
        if (mayUseHttp2) {
            pipeline.addLast(new ProtocolNegotiation(origin.secure()));
        } else {
            speakHttp1(pipeline);
        }
    }

    /** The handlers of an HTTP/1.1 connection, after TLS. */
    static void speakHttp1(ChannelPipeline pipeline) {
        pipeline.addLast(new HttpClientCodec());
        pipeline.addLast(EXCHANGE, new ExchangeHandler());
    }
}
