package io.mistral4j.impl.agents;

import io.mistral4j.errors.ValidationException;
import java.util.regex.Pattern;

/** Path templates and path- and query-parameter checks of the agents API. */
final class AgentPaths {

    static final String AGENTS = "/v1/agents";
    static final String PAGES = AGENTS + "/pages";
    static final String COMPLETIONS = AGENTS + "/completions";
    static final String AGENT = AGENTS + "/{agentId}";
    static final String VERSIONS = AGENT + "/versions";
    static final String ALIASES = AGENT + "/aliases";

    /** Version aliases as the API accepts them (its pattern and 1 to 64 characters). */
    private static final Pattern ALIAS = Pattern.compile("[a-z]([a-z0-9_-]*[a-z0-9])?");
    private static final int MAX_ALIAS = 64;

    private AgentPaths() {
    }

    static int requireVersion(int version) {
        if (version < 0) {
            throw new ValidationException("version", "must be 0 or more, was " + version);
        }
        return version;
    }

    static String requireAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            throw new ValidationException("alias", "is required");
        }
        if (alias.length() > MAX_ALIAS || !ALIAS.matcher(alias).matches()) {
            throw new ValidationException("alias", "must be 1 to " + MAX_ALIAS + " characters of a-z, 0-9, '_' and "
                    + "'-', start with a letter and end with a letter or digit, was '" + alias + "'");
        }
        return alias;
    }
}
