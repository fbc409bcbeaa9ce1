package io.mistral4j.agents;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a connector authenticates: {@code api-key} or {@code oauth2-token}. Open: values this version does not know parse and round-trip unchanged. */
public final class ConnectorAuthType extends OpenEnum {

    private static final Map<String, ConnectorAuthType> KNOWN = new LinkedHashMap<>();

    /** {@code api-key}: the value is an API key. */
    public static final ConnectorAuthType API_KEY = known("api-key");
    /** {@code oauth2-token}: the value is an OAuth 2 access token. */
    public static final ConnectorAuthType OAUTH2_TOKEN = known("oauth2-token");

    private final boolean known;

    private ConnectorAuthType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ConnectorAuthType known(String value) {
        ConnectorAuthType constant = new ConnectorAuthType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ConnectorAuthType of(String value) {
        ConnectorAuthType constant = KNOWN.get(value);
        return constant != null ? constant : new ConnectorAuthType(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
