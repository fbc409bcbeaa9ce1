package io.mistral4j.transport.netty;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;

/** Registers the Netty transport; it outranks the JDK (0) and HttpClient 5 (10) transports. */
public final class NettyTransportProvider implements HttpTransportProvider {

    public static final String NAME = "netty";
    public static final int PRIORITY = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public HttpTransport create(TransportConfig config) {
        return NettyTransport.create(config);
    }
}
