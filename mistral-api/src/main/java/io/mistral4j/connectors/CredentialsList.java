package io.mistral4j.connectors;

import java.util.List;

/**
 * The credentials of a connector at one level.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param credentials                       the stored credentials (names and status)
 * @param connectorPresetCredentialsForAuth the methods the connector has preset credentials for
 */
public record CredentialsList(List<CredentialsInfo> credentials, List<AuthMethodType> connectorPresetCredentialsForAuth) {

    /** Missing lists become empty. */
    public CredentialsList {
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
        connectorPresetCredentialsForAuth = connectorPresetCredentialsForAuth == null ? List.of()
                : List.copyOf(connectorPresetCredentialsForAuth);
    }
}
