package io.mistral4j.agents;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where an agent was made: through the API, the playground or the agent builder. Open: values this version does not know parse and round-trip unchanged. */
public final class RequestSource extends OpenEnum {

    private static final Map<String, RequestSource> KNOWN = new LinkedHashMap<>();

    /** {@code api}: made through the API. */
    public static final RequestSource API = known("api");
    /** {@code playground}: made in the playground. */
    public static final RequestSource PLAYGROUND = known("playground");
    /** {@code agent_builder_v1}: made with the agent builder. */
    public static final RequestSource AGENT_BUILDER_V1 = known("agent_builder_v1");

    private final boolean known;

    private RequestSource(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static RequestSource known(String value) {
        RequestSource constant = new RequestSource(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static RequestSource of(String value) {
        RequestSource constant = KNOWN.get(value);
        return constant != null ? constant : new RequestSource(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
