package io.mistral4j.spi;

import io.mistral4j.ApiKey;
import io.mistral4j.Headers;

/**
 * Supplies the authentication headers of each request. The default sends the client's API key
 * as a bearer token; an implementation may rotate keys or fetch short-lived tokens. It is only
 * asked for requests to the configured base URL's host, never for signed URLs or redirects.
 */
@FunctionalInterface
public interface AuthProvider {

    /** The headers that authenticate {@code request}. Called once per attempt. */
    Headers headersFor(TransportRequest request);

    /** Bearer authentication with a fixed key. */
    static AuthProvider bearer(ApiKey key) {
        Headers headers = Headers.builder().set("Authorization", "Bearer " + key.reveal()).build();
        return new AuthProvider() {
            @Override
            public Headers headersFor(TransportRequest request) {
                return headers;
            }

            @Override
            public String toString() {
                return "AuthProvider.bearer(" + key + ")";
            }
        };
    }
}
