package io.mistral4j.transport.netty;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Where a request's connection goes: scheme, host and port of the target, and the HTTP proxy
 * in between, if any. Each origin has its own connection pool.
 *
 * @param proxy the proxy's address, or null for a direct connection
 */
record Origin(boolean secure, String host, int port, SocketAddress proxy) {

    static Origin of(URI uri, ProxySelector proxies) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : secure ? 443 : 80;
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new Origin(secure, host, port, proxyFor(uri, proxies));
    }

    /** The target as the pool connects to it; unresolved, so that a proxy (or the event loop) resolves it. */
    InetSocketAddress target() {
        return InetSocketAddress.createUnresolved(host, port);
    }

    /** The Host header: the port only when it is not the scheme's default. */
    String hostHeader() {
        String name = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == (secure ? 443 : 80) ? name : name + ":" + port;
    }

    private static SocketAddress proxyFor(URI uri, ProxySelector proxies) {
        if (proxies == null) {
            return null;
        }
        for (Proxy proxy : proxies.select(uri)) {
            if (proxy.type() == Proxy.Type.HTTP && proxy.address() != null) {
                return proxy.address();
            }
        }
        return null;
    }
}
