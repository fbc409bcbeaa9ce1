package io.mistral4j.connectors;

import java.util.Objects;

/**
 * The OAuth 2 client a connector authenticates as. The secret never prints.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param clientId     the client's id
 * @param clientSecret the client's secret, or null
 */
public record AuthData(String clientId, String clientSecret) {

    /** Requires the client id. */
    public AuthData {
        Objects.requireNonNull(clientId, "clientId");
    }

    /** A client with its secret. */
    public static AuthData of(String clientId, String clientSecret) {
        return new AuthData(clientId, clientSecret);
    }

    @Override
    public String toString() {
        return "AuthData[clientId=" + clientId + ", clientSecret=" + Secrets.mask(clientSecret) + ']';
    }
}
