package io.mistral4j.impl.transport.jdk;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;

/** The built-in transport on {@code java.net.http}: always there, chosen last. */
public final class JdkHttpTransportProvider implements HttpTransportProvider {

    public static final String NAME = "jdk";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public HttpTransport create(TransportConfig config) {
        return new JdkHttpTransport(config);
    }
}
