package io.mistral4j.connectors;

/**
 * Where to send a user to authorize a connector.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param authUrl the authorization URL
 * @param ttl     how many seconds the URL stays valid
 */
public record AuthUrl(String authUrl, long ttl) {
}
