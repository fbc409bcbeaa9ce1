package io.mistral4j.connectors;

import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth 2 token given as connector credentials. The tokens never print.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param accessToken  the access token
 * @param tokenType    {@code Bearer} (the only type the API takes), or null for it
 * @param expiresIn    its lifetime in seconds, or null
 * @param scope        its scope, or null
 * @param refreshToken the refresh token, or null
 * @param expiresAt    when it expires, or null
 */
public record OAuth2Token(String accessToken, String tokenType, Long expiresIn, String scope, String refreshToken,
                          Instant expiresAt) {

    /** Requires the access token. */
    public OAuth2Token {
        Objects.requireNonNull(accessToken, "accessToken");
    }

    /** A bearer access token and nothing else. */
    public static OAuth2Token of(String accessToken) {
        return new OAuth2Token(accessToken, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "OAuth2Token[accessToken=" + Secrets.mask(accessToken) + ", tokenType=" + tokenType + ", expiresIn="
                + expiresIn + ", scope=" + scope + ", refreshToken=" + Secrets.mask(refreshToken) + ", expiresAt="
                + expiresAt + ']';
    }
}
