/** An {@link io.mistral4j.spi.HttpTransport} on Netty 4.2, found through ServiceLoader. */
module io.mistral4j.transport.netty {
    requires io.mistral4j.api;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.codec.http2;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.handler.proxy;
    requires io.netty.resolver;
    requires io.netty.transport;

    exports io.mistral4j.transport.netty;

    provides io.mistral4j.spi.HttpTransportProvider with io.mistral4j.transport.netty.NettyTransportProvider;
}
