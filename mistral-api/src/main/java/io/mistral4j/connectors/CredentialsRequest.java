package io.mistral4j.connectors;

/**
 * Credentials to create or update for a connector, at one level (the spec's
 * {@code CredentialsCreateOrUpdate}). The secret part never prints.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name        the credentials' name: 1 to 64 letters, digits, {@code _} or {@code -}; required
 * @param title       a human-readable title of at most 255 characters, or null
 * @param isDefault   whether they become the default of their method, or null to leave it to the server
 * @param credentials the secret data (headers, bearer token, OAuth 2 token), or null
 */
public record CredentialsRequest(String name, String title, Boolean isDefault, ConnectionCredentials credentials) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.title = title;
        builder.isDefault = isDefault;
        builder.credentials = credentials;
        return builder;
    }

    /** Builds and validates a {@link CredentialsRequest}. */
    public static final class Builder {
        private String name;
        private String title;
        private Boolean isDefault;
        private ConnectionCredentials credentials;

        private Builder() {
        }

        /** Sets {@code name}: the credentials' name: 1 to 64 letters, digits, {@code _} or {@code -}; required. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code title}: a human-readable title of at most 255 characters, or null. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets {@code isDefault}: whether they become the default of their method, or null to leave it to the server. */
        public Builder isDefault(Boolean isDefault) {
            this.isDefault = isDefault;
            return this;
        }

        /** Sets {@code credentials}: the secret data (headers, bearer token, OAuth 2 token), or null. */
        public Builder credentials(ConnectionCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Validates: the name is set and well formed and the title fits and builds. */
        public CredentialsRequest build() {
            ConnectorChecks.requireName("name", name);
            ConnectorChecks.checkLength("title", title, ConnectorChecks.MAX_TITLE);
            return new CredentialsRequest(name, title, isDefault, credentials);
        }
    }
}
