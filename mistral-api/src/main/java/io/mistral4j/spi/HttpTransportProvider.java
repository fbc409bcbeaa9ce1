package io.mistral4j.spi;

/**
 * Finds a transport through {@link java.util.ServiceLoader}. The provider with the highest
 * priority wins unless the client builder or the {@code mistral4j.transport} system property
 * names one.
 */
public interface HttpTransportProvider {

    /** The system property that names the transport to use. */
    String SELECTION_PROPERTY = "mistral4j.transport";

    /** A short stable name, e.g. {@code jdk}, {@code httpclient5}, {@code netty}. */
    String name();

    /** Higher wins. The built-in JDK transport uses {@code 0}; libraries should use more. */
    int priority();

    /** Creates a transport; called once per client. */
    HttpTransport create(TransportConfig config);
}
