package io.mistral4j.agents;

import java.util.Objects;

/**
 * The credential a connector tool presents to its service. The value is a secret: it never
 * appears in {@link #toString()}.
 *
 * @param type  {@code api-key} or {@code oauth2-token}
 * @param value the key or token
 */
public record ConnectorAuthorization(ConnectorAuthType type, String value) {

    public ConnectorAuthorization {
        type = type == null ? ConnectorAuthType.API_KEY : type;
        Objects.requireNonNull(value, "value");
    }

    public static ConnectorAuthorization apiKey(String key) {
        return new ConnectorAuthorization(ConnectorAuthType.API_KEY, key);
    }

    public static ConnectorAuthorization oauth2Token(String token) {
        return new ConnectorAuthorization(ConnectorAuthType.OAUTH2_TOKEN, token);
    }

    @Override
    public String toString() {
        return "ConnectorAuthorization[type=" + type + ", value=***]";
    }
}
