package io.mistral4j.agents;

import java.util.Objects;

/**
 * The credential a connector tool presents to its service. The value is a secret: it never
 * appears in {@link #toString()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param type  {@code api-key} or {@code oauth2-token}
 * @param value the key or token
 */
public record ConnectorAuthorization(ConnectorAuthType type, String value) {

    /** Defaults a null type to {@link ConnectorAuthType#API_KEY}; the value is required. */
    public ConnectorAuthorization {
        type = type == null ? ConnectorAuthType.API_KEY : type;
        Objects.requireNonNull(value, "value");
    }

    /** A credential that is an API key. */
    public static ConnectorAuthorization apiKey(String key) {
        return new ConnectorAuthorization(ConnectorAuthType.API_KEY, key);
    }

    /** A credential that is an OAuth 2 access token. */
    public static ConnectorAuthorization oauth2Token(String token) {
        return new ConnectorAuthorization(ConnectorAuthType.OAUTH2_TOKEN, token);
    }

    @Override
    public String toString() {
        return "ConnectorAuthorization[type=" + type + ", value=***]";
    }
}
