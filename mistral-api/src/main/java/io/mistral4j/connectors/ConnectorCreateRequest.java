package io.mistral4j.connectors;

import io.mistral4j.errors.ValidationException;
import java.util.Map;

/**
 * A new MCP connector ({@code POST /v1/connectors}). Header values, global header values and
 * the client secret never print.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name                    the connector's name: 1 to 64 letters, digits, {@code _} or {@code -}; required
 * @param title                   a human-readable title of at most 255 characters, or null
 * @param description             what the connector does; required
 * @param iconUrl                 the URL of its icon, or null
 * @param visibility              who sees it ({@code private} when null)
 * @param server                  the MCP server's URL (http or https); required
 * @param headers                 organization-level headers sent to the MCP server, or null
 * @param globalHeaders           connector-wide headers by name, applied to every credential, or null
 * @param authData                the OAuth 2 client it authenticates as, or null
 * @param oauth2ServerMetadata    the OAuth 2 server's metadata, skipping discovery, or null
 * @param oauth2ServerMetadataUrl where to fetch the OAuth 2 server's metadata from, or null
 * @param systemPrompt            a system prompt for the connector, or null
 */
public record ConnectorCreateRequest(String name, String title, String description, String iconUrl, ConnectorVisibility visibility, String server, Map<String, String> headers, Map<String, GlobalHeader> globalHeaders, AuthData authData, OAuthServerMetadata oauth2ServerMetadata, String oauth2ServerMetadataUrl, String systemPrompt) {

    /** Copies the maps. */
    public ConnectorCreateRequest {
        headers = Secrets.copy(headers);
        globalHeaders = Secrets.copy(globalHeaders);
    }


    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.title = title;
        builder.description = description;
        builder.iconUrl = iconUrl;
        builder.visibility = visibility;
        builder.server = server;
        builder.headers = headers;
        builder.globalHeaders = globalHeaders;
        builder.authData = authData;
        builder.oauth2ServerMetadata = oauth2ServerMetadata;
        builder.oauth2ServerMetadataUrl = oauth2ServerMetadataUrl;
        builder.systemPrompt = systemPrompt;
        return builder;
    }

    @Override
    public String toString() {
        return "ConnectorCreateRequest[name=" + name + ", title=" + title + ", description=" + description
                + ", iconUrl=" + iconUrl + ", visibility=" + visibility + ", server=" + server + ", headers="
                + Secrets.maskValues(headers) + ", globalHeaders=" + globalHeaders + ", authData=" + authData
                + ", oauth2ServerMetadata=" + oauth2ServerMetadata + ", oauth2ServerMetadataUrl="
                + oauth2ServerMetadataUrl + ", systemPrompt=" + systemPrompt + ']';
    }


    /** Builds and validates a {@link ConnectorCreateRequest}. */
    public static final class Builder {
        private String name;
        private String title;
        private String description;
        private String iconUrl;
        private ConnectorVisibility visibility;
        private String server;
        private Map<String, String> headers;
        private Map<String, GlobalHeader> globalHeaders;
        private AuthData authData;
        private OAuthServerMetadata oauth2ServerMetadata;
        private String oauth2ServerMetadataUrl;
        private String systemPrompt;

        private Builder() {
        }

        /** Sets {@code name}: the connector's name: 1 to 64 letters, digits, {@code _} or {@code -}; required. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code title}: a human-readable title of at most 255 characters, or null. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets {@code description}: what the connector does; required. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code iconUrl}: the URL of its icon, or null. */
        public Builder iconUrl(String iconUrl) {
            this.iconUrl = iconUrl;
            return this;
        }

        /** Sets {@code visibility}: who sees it ({@code private} when null). */
        public Builder visibility(ConnectorVisibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** Sets {@code server}: the MCP server's URL (http or https); required. */
        public Builder server(String server) {
            this.server = server;
            return this;
        }

        /** Sets {@code headers}: organization-level headers sent to the MCP server, or null. */
        public Builder headers(Map<String, String> headers) {
            this.headers = headers;
            return this;
        }

        /** Sets {@code globalHeaders}: connector-wide headers by name, applied to every credential, or null. */
        public Builder globalHeaders(Map<String, GlobalHeader> globalHeaders) {
            this.globalHeaders = globalHeaders;
            return this;
        }

        /** Sets {@code authData}: the OAuth 2 client it authenticates as, or null. */
        public Builder authData(AuthData authData) {
            this.authData = authData;
            return this;
        }

        /** Sets {@code oauth2ServerMetadata}: the OAuth 2 server's metadata, skipping discovery, or null. */
        public Builder oauth2ServerMetadata(OAuthServerMetadata oauth2ServerMetadata) {
            this.oauth2ServerMetadata = oauth2ServerMetadata;
            return this;
        }

        /** Sets {@code oauth2ServerMetadataUrl}: where to fetch the OAuth 2 server's metadata from, or null. */
        public Builder oauth2ServerMetadataUrl(String oauth2ServerMetadataUrl) {
            this.oauth2ServerMetadataUrl = oauth2ServerMetadataUrl;
            return this;
        }

        /** Sets {@code systemPrompt}: a system prompt for the connector, or null. */
        public Builder systemPrompt(String systemPrompt) {
            this.systemPrompt = systemPrompt;
            return this;
        }

        /** Validates: the name, description and server are set and well formed, the title and URLs fit, and at most one
         * of the OAuth 2 metadata and its URL is given and builds. */
        public ConnectorCreateRequest build() {
            ConnectorChecks.requireName("name", name);
            ConnectorChecks.requireText("description", description);
            ConnectorChecks.requireUrl("server", server);
            ConnectorChecks.checkLength("title", title, ConnectorChecks.MAX_TITLE);
            ConnectorChecks.checkUrl("oauth2ServerMetadataUrl", oauth2ServerMetadataUrl);
            if (oauth2ServerMetadata != null && oauth2ServerMetadataUrl != null) {
                throw new ValidationException("oauth2ServerMetadataUrl", "must not be given with oauth2ServerMetadata");
            }
            return new ConnectorCreateRequest(name, title, description, iconUrl, visibility, server, headers, globalHeaders, authData, oauth2ServerMetadata, oauth2ServerMetadataUrl, systemPrompt);
        }
    }
}
