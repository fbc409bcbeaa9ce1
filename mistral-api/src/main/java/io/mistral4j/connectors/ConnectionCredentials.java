package io.mistral4j.connectors;

import java.util.Map;

/**
 * The secret part of connector credentials: an OAuth 2 token, headers, a bearer token or a
 * GitHub installation. Nothing of it prints but the header names.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param oauth                an OAuth 2 token, or null
 * @param headers              headers to send to the connector's server, or null
 * @param bearerToken          a bearer token, or null
 * @param githubInstallationId a GitHub App installation id, or null
 */
public record ConnectionCredentials(OAuth2Token oauth, Map<String, String> headers, String bearerToken,
                                    String githubInstallationId) {

    /** Copies the headers. */
    public ConnectionCredentials {
        headers = Secrets.copy(headers);
    }

    /** Credentials that are a bearer token. */
    public static ConnectionCredentials bearer(String token) {
        return new ConnectionCredentials(null, null, token, null);
    }

    /** Credentials that are headers. */
    public static ConnectionCredentials headers(Map<String, String> headers) {
        return new ConnectionCredentials(null, headers, null, null);
    }

    /** Credentials that are an OAuth 2 token. */
    public static ConnectionCredentials oauth(OAuth2Token token) {
        return new ConnectionCredentials(token, null, null, null);
    }

    /** Credentials that are a GitHub App installation. */
    public static ConnectionCredentials githubInstallation(String installationId) {
        return new ConnectionCredentials(null, null, null, installationId);
    }

    @Override
    public String toString() {
        return "ConnectionCredentials[oauth=" + oauth + ", headers=" + Secrets.maskValues(headers) + ", bearerToken="
                + Secrets.mask(bearerToken) + ", githubInstallationId=" + githubInstallationId + ']';
    }
}
