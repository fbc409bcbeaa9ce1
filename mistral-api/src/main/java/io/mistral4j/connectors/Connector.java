package io.mistral4j.connectors;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A connector: an MCP server the agents platform calls tools of, with how it authenticates.
 * Header values it carries never print.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id                    its id (a UUID)
 * @param name                  its name, usable in place of the id
 * @param title                 its title, or null
 * @param description           its description
 * @param createdAt             when it was created
 * @param modifiedAt            when it last changed
 * @param server                its MCP server's URL, or null
 * @param protocol              {@code mcp}, {@code http} or {@code turbine}
 * @param iconUrl               its icon's URL, or null
 * @param serverCard            the MCP server card (name, version, capabilities, tools, ...) as JSON values, or null
 * @param ownerId               its owner's id, or null
 * @param ownerType             the kind of its owner
 * @param visibility            who sees it
 * @param creatorId             its creator's id, or null
 * @param locale                its name and description by language, or null
 * @param systemPrompt          its system prompt, or null
 * @param supportedAuthMethods  the ways it authenticates, or null
 * @param connectionPreferences the caller's tool preferences, or null
 * @param connectionCredentials the stored credentials (names and status, never secrets), or null
 * @param active                whether it is active for the caller, or null
 * @param privateToolExecution  whether its tools run privately
 * @param mistral               whether Mistral provides it, or null
 * @param isAuthenticated       whether the caller is authenticated with it, or null
 * @param tools                 its tools as the platform stores them, or null
 * @param systemPromptRoute     the route of its system prompt, or null
 * @param connectionConfig      how the platform connects to it, or null
 * @param executionEnv          its execution environment, or null
 */
public record Connector(String id, String name, String title, String description, Instant createdAt, Instant modifiedAt, String server, String protocol, String iconUrl, Map<String, Object> serverCard, String ownerId, ConsumerType ownerType, ConnectorVisibility visibility, String creatorId, LocalizedText locale, String systemPrompt, List<AuthenticationMethod> supportedAuthMethods, List<ConnectionPreference> connectionPreferences, List<CredentialsInfo> connectionCredentials, Boolean active, boolean privateToolExecution, Boolean mistral, Boolean isAuthenticated, List<ConnectorTool> tools, String systemPromptRoute, ConnectionConfig connectionConfig, ExecutionEnv executionEnv) {

    @Override
    public String toString() {
        return "Connector[id=" + id + ", name=" + name + ", title=" + title + ", description=" + description
                + ", createdAt=" + createdAt + ", modifiedAt=" + modifiedAt + ", server=" + server + ", protocol="
                + protocol + ", iconUrl=" + iconUrl + ", serverCard=" + serverCard + ", ownerId=" + ownerId
                + ", ownerType=" + ownerType + ", visibility=" + visibility + ", creatorId=" + creatorId + ", locale="
                + locale + ", systemPrompt=" + systemPrompt + ", supportedAuthMethods=" + supportedAuthMethods
                + ", connectionPreferences=" + connectionPreferences + ", connectionCredentials="
                + connectionCredentials + ", active=" + active + ", privateToolExecution=" + privateToolExecution
                + ", mistral=" + mistral + ", isAuthenticated=" + isAuthenticated + ", tools=" + tools
                + ", systemPromptRoute=" + systemPromptRoute + ", connectionConfig=" + connectionConfig
                + ", executionEnv=" + executionEnv + ']';
    }
}
