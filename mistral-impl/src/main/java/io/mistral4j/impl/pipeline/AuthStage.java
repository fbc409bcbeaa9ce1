package io.mistral4j.impl.pipeline;

import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.AuthProvider;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Adds the authentication headers, and only to requests for the configured base URL's scheme,
 * host and port: a signed download URL or any other host never sees the key.
 */
final class AuthStage implements CallStage {

    private final CallStage next;
    private final AuthProvider auth;
    private final URI baseUrl;

    AuthStage(CallStage next, AuthProvider auth, URI baseUrl) {
        this.next = next;
        this.auth = auth;
        this.baseUrl = baseUrl;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        return next.send(call, authenticate(request));
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        return next.sendAsync(call, authenticate(request));
    }

    private TransportRequest authenticate(TransportRequest request) {
        if (!sameOrigin(request.uri())) {
            return request;
        }
        Headers extra = auth.headersFor(request);
        if (extra.isEmpty()) {
            return request;
        }
        Headers.Builder headers = request.headers().toBuilder();
        extra.asMap().forEach((name, values) -> {
            headers.remove(name);
            values.forEach(value -> headers.add(name, value));
        });
        return request.withHeaders(headers.build());
    }

    boolean sameOrigin(URI target) {
        return lower(target.getScheme()).equals(lower(baseUrl.getScheme()))
                && lower(target.getHost()).equals(lower(baseUrl.getHost()))
                && port(target) == port(baseUrl);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
