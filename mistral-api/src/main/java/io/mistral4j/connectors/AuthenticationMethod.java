package io.mistral4j.connectors;

import java.util.List;
import java.util.Map;

/**
 * A way a connector authenticates (the spec's {@code PublicAuthenticationMethod}). Global header
 * values never print.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param methodType            the kind of method
 * @param headers               the headers it asks for, or null
 * @param globalHeaders         connector-wide headers by name (secret values come back redacted by the server), or null
 * @param hasDefaultCredentials whether default credentials exist for it
 * @param oauth2ServerMetadata  its OAuth 2 server's metadata, or null
 */
public record AuthenticationMethod(AuthMethodType methodType, List<AuthenticationHeader> headers, Map<String, GlobalHeader> globalHeaders, boolean hasDefaultCredentials, OAuthServerMetadata oauth2ServerMetadata) {

}
