package io.mistral4j.connectors;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who can see a connector. Open: values this version does not know parse and round-trip unchanged. */
public final class ConnectorVisibility extends OpenEnum {

    private static final Map<String, ConnectorVisibility> KNOWN = new LinkedHashMap<>();

    /** {@code shared_global}. */
    public static final ConnectorVisibility SHARED_GLOBAL = known("shared_global");
    /** {@code shared_org}. */
    public static final ConnectorVisibility SHARED_ORG = known("shared_org");
    /** {@code shared_workspace}. */
    public static final ConnectorVisibility SHARED_WORKSPACE = known("shared_workspace");
    /** {@code private}. */
    public static final ConnectorVisibility PRIVATE = known("private");

    private final boolean known;

    private ConnectorVisibility(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ConnectorVisibility known(String value) {
        ConnectorVisibility constant = new ConnectorVisibility(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ConnectorVisibility of(String value) {
        ConnectorVisibility constant = KNOWN.get(value);
        return constant != null ? constant : new ConnectorVisibility(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
