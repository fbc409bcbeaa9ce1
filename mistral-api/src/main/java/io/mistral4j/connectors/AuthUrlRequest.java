package io.mistral4j.connectors;

/**
 * How to build a connector's authorization URL ({@code GET /v1/connectors/{connector_id_or_name}/auth_url}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param appReturnUrl           where to send the user back after authorizing, or null
 * @param methodType             which interactive method to authorize ({@code oauth2} when null)
 * @param credentialsName        the name to store the resulting credentials under, or null
 * @param credentialsTitle       a title of at most 255 characters for them, or null
 * @param githubInstallationLink with {@code oauth2}: whether to answer a GitHub App installation URL, or null
 */
public record AuthUrlRequest(String appReturnUrl, AuthMethodType methodType, String credentialsName, String credentialsTitle, Boolean githubInstallationLink) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link AuthUrlRequest}. */
    public static final class Builder {
        private String appReturnUrl;
        private AuthMethodType methodType;
        private String credentialsName;
        private String credentialsTitle;
        private Boolean githubInstallationLink;

        private Builder() {
        }

        /** Sets {@code appReturnUrl}: where to send the user back after authorizing, or null. */
        public Builder appReturnUrl(String appReturnUrl) {
            this.appReturnUrl = appReturnUrl;
            return this;
        }

        /** Sets {@code methodType}: which interactive method to authorize ({@code oauth2} when null). */
        public Builder methodType(AuthMethodType methodType) {
            this.methodType = methodType;
            return this;
        }

        /** Sets {@code credentialsName}: the name to store the resulting credentials under, or null. */
        public Builder credentialsName(String credentialsName) {
            this.credentialsName = credentialsName;
            return this;
        }

        /** Sets {@code credentialsTitle}: a title of at most 255 characters for them, or null. */
        public Builder credentialsTitle(String credentialsTitle) {
            this.credentialsTitle = credentialsTitle;
            return this;
        }

        /** Sets {@code githubInstallationLink}: with {@code oauth2}: whether to answer a GitHub App installation URL, or null. */
        public Builder githubInstallationLink(Boolean githubInstallationLink) {
            this.githubInstallationLink = githubInstallationLink;
            return this;
        }

        /** Validates: a credentials name given is well formed and the title fits and builds. */
        public AuthUrlRequest build() {
            ConnectorChecks.checkName("credentialsName", credentialsName);
            ConnectorChecks.checkLength("credentialsTitle", credentialsTitle, ConnectorChecks.MAX_TITLE);
            return new AuthUrlRequest(appReturnUrl, methodType, credentialsName, credentialsTitle, githubInstallationLink);
        }
    }
}
