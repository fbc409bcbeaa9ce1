package io.mistral4j.connectors;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a connector authenticates: {@code oauth2}, {@code bearer}, {@code none}, {@code github_app}, {@code slack_app}, or {@code webhook} for inbound requests. Open: values this version does not know parse and round-trip unchanged. */
public final class AuthMethodType extends OpenEnum {

    private static final Map<String, AuthMethodType> KNOWN = new LinkedHashMap<>();

    /** {@code oauth2}. */
    public static final AuthMethodType OAUTH2 = known("oauth2");
    /** {@code bearer}. */
    public static final AuthMethodType BEARER = known("bearer");
    /** {@code none}. */
    public static final AuthMethodType NONE = known("none");
    /** {@code github_app}. */
    public static final AuthMethodType GITHUB_APP = known("github_app");
    /** {@code slack_app}. */
    public static final AuthMethodType SLACK_APP = known("slack_app");
    /** {@code webhook}. */
    public static final AuthMethodType WEBHOOK = known("webhook");

    private final boolean known;

    private AuthMethodType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static AuthMethodType known(String value) {
        AuthMethodType constant = new AuthMethodType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static AuthMethodType of(String value) {
        AuthMethodType constant = KNOWN.get(value);
        return constant != null ? constant : new AuthMethodType(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
