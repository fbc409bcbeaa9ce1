package io.mistral4j.connectors;

import io.mistral4j.errors.ValidationException;
import java.util.List;
import java.util.Map;

/**
 * An authentication method to add to a connector or to update (the spec's
 * {@code AuthenticationMethodCreateOrUpdateRequest}). Secrets never print.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param methodType            the kind of method; required
 * @param authDirection         {@code outbound} (when null) or {@code inbound}
 * @param headers               the headers the method asks for, or null
 * @param globalHeaders         connector-wide headers by name, or null
 * @param oauth2MetadataSecrets new OAuth 2 client credentials, or null
 * @param oauth2ServerMetadata  new OAuth 2 server metadata, or null
 */
public record AuthenticationMethodRequest(AuthMethodType methodType, String authDirection, List<AuthenticationHeader> headers, Map<String, GlobalHeader> globalHeaders, OAuth2ClientSecrets oauth2MetadataSecrets, OAuthServerMetadata oauth2ServerMetadata) {

    /** Copies the list and the map. */
    public AuthenticationMethodRequest {
        headers = headers == null ? null : List.copyOf(headers);
        globalHeaders = Secrets.copy(globalHeaders);
    }


    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.methodType = methodType;
        builder.authDirection = authDirection;
        builder.headers = headers;
        builder.globalHeaders = globalHeaders;
        builder.oauth2MetadataSecrets = oauth2MetadataSecrets;
        builder.oauth2ServerMetadata = oauth2ServerMetadata;
        return builder;
    }

    /** Builds and validates a {@link AuthenticationMethodRequest}. */
    public static final class Builder {
        private AuthMethodType methodType;
        private String authDirection;
        private List<AuthenticationHeader> headers;
        private Map<String, GlobalHeader> globalHeaders;
        private OAuth2ClientSecrets oauth2MetadataSecrets;
        private OAuthServerMetadata oauth2ServerMetadata;

        private Builder() {
        }

        /** Sets {@code methodType}: the kind of method; required. */
        public Builder methodType(AuthMethodType methodType) {
            this.methodType = methodType;
            return this;
        }

        /** Sets {@code authDirection}: {@code outbound} (when null) or {@code inbound}. */
        public Builder authDirection(String authDirection) {
            this.authDirection = authDirection;
            return this;
        }

        /** Sets {@code headers}: the headers the method asks for, or null. */
        public Builder headers(List<AuthenticationHeader> headers) {
            this.headers = headers;
            return this;
        }

        /** Sets {@code globalHeaders}: connector-wide headers by name, or null. */
        public Builder globalHeaders(Map<String, GlobalHeader> globalHeaders) {
            this.globalHeaders = globalHeaders;
            return this;
        }

        /** Sets {@code oauth2MetadataSecrets}: new OAuth 2 client credentials, or null. */
        public Builder oauth2MetadataSecrets(OAuth2ClientSecrets oauth2MetadataSecrets) {
            this.oauth2MetadataSecrets = oauth2MetadataSecrets;
            return this;
        }

        /** Sets {@code oauth2ServerMetadata}: new OAuth 2 server metadata, or null. */
        public Builder oauth2ServerMetadata(OAuthServerMetadata oauth2ServerMetadata) {
            this.oauth2ServerMetadata = oauth2ServerMetadata;
            return this;
        }

        /** Validates: the method type is set and the direction is {@code inbound} or {@code outbound} and builds. */
        public AuthenticationMethodRequest build() {
            if (methodType == null) {
                throw new ValidationException("methodType", "is required");
            }
            if (authDirection != null && !authDirection.equals("inbound") && !authDirection.equals("outbound")) {
                throw new ValidationException("authDirection", "must be 'inbound' or 'outbound'");
            }
            return new AuthenticationMethodRequest(methodType, authDirection, headers, globalHeaders, oauth2MetadataSecrets, oauth2ServerMetadata);
        }
    }
}
