package io.mistral4j.spi;

import io.mistral4j.Durations;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * What a transport is configured with, taken from the client builder. Missing values take
 * their defaults; durations must be positive and are cut to {@link Durations#MAX}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param connectTimeout time to establish a connection
 * @param readTimeout    longest silence allowed between two reads of a response body
 * @param maxConnections upper bound of pooled connections per host
 * @param proxy          the proxy selector, or null for a direct connection
 * @param sslContext     the TLS context, or null for the JVM default
 */
public record TransportConfig(Duration connectTimeout, Duration readTimeout, int maxConnections,
                              ProxySelector proxy, SSLContext sslContext) {

    /** The connect timeout unless set otherwise: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The longest read silence unless set otherwise: 60 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Fills missing durations with the defaults and a non-positive {@code maxConnections} with 64; a
     * duration that is not positive is a {@link io.mistral4j.errors.ValidationException}.
     */
    public TransportConfig {
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT
                : Durations.requirePositive("connectTimeout", connectTimeout);
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : Durations.requirePositive("readTimeout", readTimeout);
        maxConnections = maxConnections <= 0 ? 64 : maxConnections;
    }

    /** Defaults: 10 s to connect, 60 s of read silence, 64 connections, direct, JVM TLS. */
    public static TransportConfig defaults() {
        return new TransportConfig(null, null, 0, null, null);
    }

    /** The proxy selector to connect through, empty for direct connections. */
    public Optional<ProxySelector> proxySelector() {
        return Optional.ofNullable(proxy);
    }

    /** The TLS context for HTTPS, empty to use the JVM's default. */
    public Optional<SSLContext> tls() {
        return Optional.ofNullable(sslContext);
    }
}
