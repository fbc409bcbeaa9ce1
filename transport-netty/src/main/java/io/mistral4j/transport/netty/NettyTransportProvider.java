package io.mistral4j.transport.netty;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;

/**
 * Registers the Netty transport; it outranks the JDK (0) and HttpClient 5 (10) transports. The
 * HTTP versions it speaks come from {@code -Dmistral4j.netty.httpVersion} (a
 * {@link HttpVersionPolicy} name; {@code NEGOTIATE} when unset).
 */
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
        return NettyTransport.builder().config(config).httpVersion(httpVersion()).build();
    }

    /** The policy {@code -Dmistral4j.netty.httpVersion} names; a name that is none is a validation error. */
    static HttpVersionPolicy httpVersion() {
        String name = System.getProperty(HttpVersionPolicy.PROPERTY);
        if (name == null || name.isBlank()) {
            return HttpVersionPolicy.NEGOTIATE;
        }
        try {
            return HttpVersionPolicy.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(HttpVersionPolicy.PROPERTY, "must be one of "
                    + java.util.Arrays.toString(HttpVersionPolicy.values()) + ", not '" + name + "'");
        }
    }
}
