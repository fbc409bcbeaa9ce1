package io.mistral4j.connectors;

/**
 * Which credentials of a connector to list, at one level.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param authType     only those of this method, or null for all
 * @param fetchDefault whether to include the connector's preset credentials, or null
 */
public record CredentialsListRequest(AuthMethodType authType, Boolean fetchDefault) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link CredentialsListRequest}. */
    public static final class Builder {
        private AuthMethodType authType;
        private Boolean fetchDefault;

        private Builder() {
        }

        /** Sets {@code authType}: only those of this method, or null for all. */
        public Builder authType(AuthMethodType authType) {
            this.authType = authType;
            return this;
        }

        /** Sets {@code fetchDefault}: whether to include the connector's preset credentials, or null. */
        public Builder fetchDefault(Boolean fetchDefault) {
            this.fetchDefault = fetchDefault;
            return this;
        }

        /** Validates and builds. */
        public CredentialsListRequest build() {
            return new CredentialsListRequest(authType, fetchDefault);
        }
    }
}
