package io.mistral4j.impl.transport.jdk;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.TransportRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Maps the JDK client's failures to the typed exceptions of the API, naming the root cause. The
 * client reports a refused connection and an unknown host alike, as a bare
 * {@code java.net.ConnectException}; what happened is in its cause chain.
 */
final class JdkFailures {

    private JdkFailures() {
    }

    static MistralException of(TransportRequest request, IOException failure) {
        MistralTimeoutException deadline = deadlineIn(failure);
        if (deadline != null) {   // a body received whole overran one of the transport's own deadlines
            return new MistralTimeoutException(deadline.kind(), deadline.getMessage() + ": " + request, failure);
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT,
                    "could not connect to " + authority(request) + " in time (connect timeout): " + request, failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.RESPONSE,
                    "no answer in time (response timeout): " + request, failure);
        }
        return new MistralConnectionException(rootCause(request, failure) + ": " + request, failure);
    }

    /** The typed timeout a transport deadline put in the chain, if any. */
    private static MistralTimeoutException deadlineIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MistralTimeoutException) {
                return (MistralTimeoutException) cause;
            }
        }
        return null;
    }

    /** What went wrong in a few words, from the most specific exception in the chain. */
    static String rootCause(TransportRequest request, Throwable failure) {
        String authority = authority(request);
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "unknown host " + host(request) + " (the name does not resolve)";
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to " + authority;
            }
            if (cause instanceof SSLHandshakeException) {
                return "TLS handshake with " + authority + " failed: " + cause.getMessage();
            }
            if (cause instanceof SSLException) {
                return "TLS failure with " + authority + ": " + cause.getMessage();
            }
            if (cause instanceof ConnectException && cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains("refused")
                    || cause instanceof ClosedChannelException && failure instanceof ConnectException) {
                // the JDK client reports a refusal as a connect whose channel was closed under it
                return "connection refused by " + authority;
            }
        }
        if (failure instanceof ConnectException) {
            return "could not connect to " + authority + " (" + deepest(failure) + ")";
        }
        return "request failed (" + deepest(failure) + ")";
    }

    private static String deepest(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage() == null ? deepest.getClass().getName() : deepest.toString();
    }

    private static String host(TransportRequest request) {
        return request.uri().getHost() == null ? String.valueOf(request.uri().getAuthority()) : request.uri().getHost();
    }

    private static String authority(TransportRequest request) {
        int port = request.uri().getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(request.uri().getScheme()) ? 443 : 80;
        }
        return host(request) + ":" + port;
    }
}
