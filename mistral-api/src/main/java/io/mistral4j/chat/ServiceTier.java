package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity a request asks to be served from ({@code service_tier}). Open: values this
 * version does not know parse and round-trip unchanged. The tier that actually served a call
 * comes back in {@link Usage#serviceTier()}.
 */
public final class ServiceTier extends OpenEnum {

    private static final Map<String, ServiceTier> KNOWN = new LinkedHashMap<>();

    /** {@code auto}: priority capacity when the organization has it, standard otherwise. */
    public static final ServiceTier AUTO = known("auto");
    /** {@code standard_only}: standard capacity only. */
    public static final ServiceTier STANDARD_ONLY = known("standard_only");

    private final boolean known;

    private ServiceTier(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ServiceTier known(String value) {
        ServiceTier constant = new ServiceTier(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ServiceTier of(String value) {
        ServiceTier constant = KNOWN.get(value);
        return constant != null ? constant : new ServiceTier(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
