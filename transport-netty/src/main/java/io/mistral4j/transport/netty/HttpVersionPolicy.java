package io.mistral4j.transport.netty;

/**
 * Which HTTP versions the Netty transport speaks. Set it with
 * {@link NettyTransport.Builder#httpVersion(HttpVersionPolicy)}, or, for a transport found
 * through {@link NettyTransportProvider}, with {@code -Dmistral4j.netty.httpVersion=} one of
 * these names. Over HTTP/2 every request to an origin is a stream of one shared connection
 * (a second one only once the server sends {@code GOAWAY}); streams beyond the server's
 * {@code SETTINGS_MAX_CONCURRENT_STREAMS} wait for a free slot.
 */
public enum HttpVersionPolicy {

    /** HTTP/1.1 only: TLS does not offer {@code h2}. */
    HTTP_1_1,

    /**
     * The default: over TLS, ALPN offers {@code h2} and {@code http/1.1} and HTTP/2 is spoken
     * when the server picks it, HTTP/1.1 otherwise; plain {@code http://} speaks HTTP/1.1.
     */
    NEGOTIATE,

    /**
     * As {@link #NEGOTIATE} over TLS, and HTTP/2 "with prior knowledge" (h2c, no upgrade) on
     * plain {@code http://} and Unix domain sockets: only for servers known to speak it.
     */
    HTTP_2_PRIOR_KNOWLEDGE;

    /** The system property {@link NettyTransportProvider} reads the policy from. */
    public static final String PROPERTY = "mistral4j.netty.httpVersion";

    /** Whether connections to this origin may speak HTTP/2 (decided per connection for TLS). */
    boolean mayUseHttp2(boolean secure) {
        return secure ? this != HTTP_1_1 : this == HTTP_2_PRIOR_KNOWLEDGE;
    }
}
