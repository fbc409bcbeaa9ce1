package io.mistral4j.tck.simulator.wire;

import java.util.Locale;

/** Checks {@code Authorization: Bearer <key>}: a configured key must match, otherwise any non-blank key passes. */
public final class BearerAuth {

    private static final String SCHEME = "bearer ";

    private final String requiredKey;

    public BearerAuth(String requiredKey) {
        this.requiredKey = requiredKey;
    }

    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null
                || !authorizationHeader.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return false;
        }
        String key = authorizationHeader.substring(SCHEME.length()).trim();
        if (key.isEmpty()) {
            return false;
        }
        return requiredKey == null || requiredKey.equals(key);
    }
}
