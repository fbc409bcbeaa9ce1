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
 * is used, TLS through the JDK's {@link SSLEngine} with hostname verification, the HTTP codec
 * and the {@link ExchangeHandler}.
 */
final class ChannelSetup extends AbstractChannelPoolHandler {

    static final String EXCHANGE = "mistral4j-exchange";

    private final Origin origin;
    private final SSLContext tls;
    private final Duration handshakeTimeout;
    private final ChannelGroup all;

    /** @param all every channel of the transport, closed together when it closes */
    ChannelSetup(Origin origin, SSLContext tls, Duration handshakeTimeout, ChannelGroup all) {
        this.origin = origin;
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
            engine.setSSLParameters(parameters);
            SslHandler ssl = new SslHandler(engine);
            ssl.setHandshakeTimeoutMillis(handshakeTimeout.toMillis());
            pipeline.addLast(ssl);
        }
        pipeline.addLast(new HttpClientCodec());
        pipeline.addLast(EXCHANGE, new ExchangeHandler());
    }
}
