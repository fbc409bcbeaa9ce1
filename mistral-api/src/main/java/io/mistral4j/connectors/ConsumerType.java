package io.mistral4j.connectors;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kind of owner or consumer of a connector or of credentials. Open: values this version does not know parse and round-trip unchanged. */
public final class ConsumerType extends OpenEnum {

    private static final Map<String, ConsumerType> KNOWN = new LinkedHashMap<>();

    /** {@code user}. */
    public static final ConsumerType USER = known("user");
    /** {@code org}. */
    public static final ConsumerType ORG = known("org");
    /** {@code workspace}. */
    public static final ConsumerType WORKSPACE = known("workspace");
    /** {@code system}. */
    public static final ConsumerType SYSTEM = known("system");

    private final boolean known;

    private ConsumerType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ConsumerType known(String value) {
        ConsumerType constant = new ConsumerType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ConsumerType of(String value) {
        ConsumerType constant = KNOWN.get(value);
        return constant != null ? constant : new ConsumerType(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
