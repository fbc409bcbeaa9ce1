package io.mistral4j.connectors;

/**
 * New OAuth 2 client credentials for an authentication method (the spec's
 * {@code Oauth2MetadataSecrets}). The secret never prints.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param clientId              the client's id, or null
 * @param clientSecret          the client's secret, or null
 * @param clientIdIssuedAt      when the id was issued (epoch seconds), or null
 * @param clientSecretExpiresAt when the secret expires (epoch seconds), or null
 */
public record OAuth2ClientSecrets(String clientId, String clientSecret, Long clientIdIssuedAt,
                                  Long clientSecretExpiresAt) {

    /** A client id and secret. */
    public static OAuth2ClientSecrets of(String clientId, String clientSecret) {
        return new OAuth2ClientSecrets(clientId, clientSecret, null, null);
    }

    @Override
    public String toString() {
        return "OAuth2ClientSecrets[clientId=" + clientId + ", clientSecret=" + Secrets.mask(clientSecret)
                + ", clientIdIssuedAt=" + clientIdIssuedAt + ", clientSecretExpiresAt=" + clientSecretExpiresAt + ']';
    }
}
