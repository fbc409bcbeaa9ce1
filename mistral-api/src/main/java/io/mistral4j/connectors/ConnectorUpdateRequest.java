package io.mistral4j.connectors;

import java.util.List;

/**
 * Changes to a connector ({@code PATCH /v1/connectors/{connector_id}}): what is left unset is not
 * sent.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param title        a new title of at most 255 characters, or null
 * @param name         a new name, or null
 * @param description  a new description, or null
 * @param iconUrl      a new icon URL, or null
 * @param systemPrompt a new system prompt, or null
 * @param server       a new MCP server URL, or null
 * @param authMethods  authentication methods to add or update, or null
 */
public record ConnectorUpdateRequest(String title, String name, String description, String iconUrl, String systemPrompt, String server, List<AuthenticationMethodRequest> authMethods) {

    /** Copies the list. */
    public ConnectorUpdateRequest {
        authMethods = authMethods == null ? null : List.copyOf(authMethods);
    }


    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.title = title;
        builder.name = name;
        builder.description = description;
        builder.iconUrl = iconUrl;
        builder.systemPrompt = systemPrompt;
        builder.server = server;
        builder.authMethods = authMethods;
        return builder;
    }

    /** Builds and validates a {@link ConnectorUpdateRequest}. */
    public static final class Builder {
        private String title;
        private String name;
        private String description;
        private String iconUrl;
        private String systemPrompt;
        private String server;
        private List<AuthenticationMethodRequest> authMethods;

        private Builder() {
        }

        /** Sets {@code title}: a new title of at most 255 characters, or null. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets {@code name}: a new name, or null. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code description}: a new description, or null. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code iconUrl}: a new icon URL, or null. */
        public Builder iconUrl(String iconUrl) {
            this.iconUrl = iconUrl;
            return this;
        }

        /** Sets {@code systemPrompt}: a new system prompt, or null. */
        public Builder systemPrompt(String systemPrompt) {
            this.systemPrompt = systemPrompt;
            return this;
        }

        /** Sets {@code server}: a new MCP server URL, or null. */
        public Builder server(String server) {
            this.server = server;
            return this;
        }

        /** Sets {@code authMethods}: authentication methods to add or update, or null. */
        public Builder authMethods(List<AuthenticationMethodRequest> authMethods) {
            this.authMethods = authMethods;
            return this;
        }

        /** Validates: names, titles and URLs given are well formed and builds. */
        public ConnectorUpdateRequest build() {
            ConnectorChecks.checkName("name", name);
            ConnectorChecks.checkLength("title", title, ConnectorChecks.MAX_TITLE);
            ConnectorChecks.checkUrl("server", server);
            return new ConnectorUpdateRequest(title, name, description, iconUrl, systemPrompt, server, authMethods);
        }
    }
}
