package io.mistral4j.transport.httpclient5;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;

/** Registers the Apache HttpClient 5 transport; it outranks the built-in JDK transport. */
public final class HttpClient5TransportProvider implements HttpTransportProvider {

    public static final String NAME = "httpclient5";
    /** Above the JDK transport's 0, below Netty's 20: the more specialised library wins when both are present. */
    public static final int PRIORITY = 10;

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
        return HttpClient5Transport.create(config);
    }
}
