package io.mistral4j.impl.agents;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.http.PathSegments;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Paths and path-parameter checks of the agents API. */
final class AgentPaths {

    static final String AGENTS = "/v1/agents";
    static final String PAGES = AGENTS + "/pages";
    static final String COMPLETIONS = AGENTS + "/completions";

    /** Version aliases as the API accepts them (its pattern and 1 to 64 characters). */
    private static final Pattern ALIAS = Pattern.compile("[a-z]([a-z0-9_-]*[a-z0-9])?");
    private static final int MAX_ALIAS = 64;

    private AgentPaths() {
    }

    /** {@code /v1/agents/{agent_id}} followed by {@code suffixes}, the id encoded as one segment. */
    static String agent(String agentId, String... suffixes) {
        StringBuilder path = new StringBuilder(AGENTS).append('/').append(PathSegments.encode("agentId", agentId));
        for (String suffix : suffixes) {
            path.append('/').append(suffix);
        }
        return path.toString();
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Appends {@code name=value} once per value: the form FastAPI reads as a list. */
    static String withRepeated(String path, String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return path;
        }
        StringBuilder out = new StringBuilder(path);
        char separator = '?';
        for (String value : values) {
            out.append(separator).append(segment(name)).append('=').append(segment(value));
            separator = '&';
        }
        return out.toString();
    }

    static void requireVersion(int version) {
        if (version < 0) {
            throw new ValidationException("version", "must be 0 or more, was " + version);
        }
    }

    static void requireAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            throw new ValidationException("alias", "is required");
        }
        if (alias.length() > MAX_ALIAS || !ALIAS.matcher(alias).matches()) {
            throw new ValidationException("alias", "must be 1 to " + MAX_ALIAS + " characters of a-z, 0-9, '_' and "
                    + "'-', start with a letter and end with a letter or digit, was '" + alias + "'");
        }
    }
}
