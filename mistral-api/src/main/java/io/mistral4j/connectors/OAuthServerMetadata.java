package io.mistral4j.connectors;

import java.util.List;

/**
 * An OAuth 2 authorization server's metadata (RFC 8414, the spec's
 * {@code ExtendedOAuthServerMetadata}): given to a connector, it skips the server's
 * {@code .well-known} discovery.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param issuer                                             the issuer (a URL); required
 * @param authorizationEndpoint                              the authorization endpoint (a URL); required
 * @param tokenEndpoint                                      the token endpoint (a URL); required
 * @param registrationEndpoint                               the registration endpoint (a URL), or null
 * @param scopesSupported                                    the scopes supported list (RFC 8414), or null
 * @param responseTypesSupported                             the response types supported list (RFC 8414), or null
 * @param responseModesSupported                             the response modes supported list (RFC 8414), or null
 * @param grantTypesSupported                                the grant types supported list (RFC 8414), or null
 * @param tokenEndpointAuthMethodsSupported                  the token endpoint auth methods supported list (RFC 8414), or null
 * @param tokenEndpointAuthSigningAlgValuesSupported         the token endpoint auth signing alg values supported list (RFC 8414), or null
 * @param serviceDocumentation                               the service documentation (a URL), or null
 * @param uiLocalesSupported                                 the ui locales supported list (RFC 8414), or null
 * @param opPolicyUri                                        the op policy uri (a URL), or null
 * @param opTosUri                                           the op tos uri (a URL), or null
 * @param revocationEndpoint                                 the revocation endpoint (a URL), or null
 * @param revocationEndpointAuthMethodsSupported             the revocation endpoint auth methods supported list (RFC 8414), or null
 * @param revocationEndpointAuthSigningAlgValuesSupported    the revocation endpoint auth signing alg values supported list (RFC 8414), or null
 * @param introspectionEndpoint                              the introspection endpoint (a URL), or null
 * @param introspectionEndpointAuthMethodsSupported          the introspection endpoint auth methods supported list (RFC 8414), or null
 * @param introspectionEndpointAuthSigningAlgValuesSupported the introspection endpoint auth signing alg values supported list (RFC 8414), or null
 * @param codeChallengeMethodsSupported                      the code challenge methods supported list (RFC 8414), or null
 * @param clientIdMetadataDocumentSupported                  whether client id metadata documents are supported, or null
 * @param xSource                                            how the metadata was obtained ({@code autodiscovery} or {@code provided}), or null
 * @param xResourceUrl                                       the x resource url (a URL), or null
 * @param xScope                                             the x scope (a URL), or null
 */
public record OAuthServerMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String registrationEndpoint, List<String> scopesSupported, List<String> responseTypesSupported, List<String> responseModesSupported, List<String> grantTypesSupported, List<String> tokenEndpointAuthMethodsSupported, List<String> tokenEndpointAuthSigningAlgValuesSupported, String serviceDocumentation, List<String> uiLocalesSupported, String opPolicyUri, String opTosUri, String revocationEndpoint, List<String> revocationEndpointAuthMethodsSupported, List<String> revocationEndpointAuthSigningAlgValuesSupported, String introspectionEndpoint, List<String> introspectionEndpointAuthMethodsSupported, List<String> introspectionEndpointAuthSigningAlgValuesSupported, List<String> codeChallengeMethodsSupported, Boolean clientIdMetadataDocumentSupported, String xSource, String xResourceUrl, String xScope) {

    /** Copies the lists. */
    public OAuthServerMetadata {
        scopesSupported = scopesSupported == null ? null : List.copyOf(scopesSupported);
        responseTypesSupported = responseTypesSupported == null ? null : List.copyOf(responseTypesSupported);
        responseModesSupported = responseModesSupported == null ? null : List.copyOf(responseModesSupported);
        grantTypesSupported = grantTypesSupported == null ? null : List.copyOf(grantTypesSupported);
        tokenEndpointAuthMethodsSupported = tokenEndpointAuthMethodsSupported == null ? null : List.copyOf(tokenEndpointAuthMethodsSupported);
        tokenEndpointAuthSigningAlgValuesSupported = tokenEndpointAuthSigningAlgValuesSupported == null ? null : List.copyOf(tokenEndpointAuthSigningAlgValuesSupported);
        uiLocalesSupported = uiLocalesSupported == null ? null : List.copyOf(uiLocalesSupported);
        revocationEndpointAuthMethodsSupported = revocationEndpointAuthMethodsSupported == null ? null : List.copyOf(revocationEndpointAuthMethodsSupported);
        revocationEndpointAuthSigningAlgValuesSupported = revocationEndpointAuthSigningAlgValuesSupported == null ? null : List.copyOf(revocationEndpointAuthSigningAlgValuesSupported);
        introspectionEndpointAuthMethodsSupported = introspectionEndpointAuthMethodsSupported == null ? null : List.copyOf(introspectionEndpointAuthMethodsSupported);
        introspectionEndpointAuthSigningAlgValuesSupported = introspectionEndpointAuthSigningAlgValuesSupported == null ? null : List.copyOf(introspectionEndpointAuthSigningAlgValuesSupported);
        codeChallengeMethodsSupported = codeChallengeMethodsSupported == null ? null : List.copyOf(codeChallengeMethodsSupported);
    }


    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.issuer = issuer;
        builder.authorizationEndpoint = authorizationEndpoint;
        builder.tokenEndpoint = tokenEndpoint;
        builder.registrationEndpoint = registrationEndpoint;
        builder.scopesSupported = scopesSupported;
        builder.responseTypesSupported = responseTypesSupported;
        builder.responseModesSupported = responseModesSupported;
        builder.grantTypesSupported = grantTypesSupported;
        builder.tokenEndpointAuthMethodsSupported = tokenEndpointAuthMethodsSupported;
        builder.tokenEndpointAuthSigningAlgValuesSupported = tokenEndpointAuthSigningAlgValuesSupported;
        builder.serviceDocumentation = serviceDocumentation;
        builder.uiLocalesSupported = uiLocalesSupported;
        builder.opPolicyUri = opPolicyUri;
        builder.opTosUri = opTosUri;
        builder.revocationEndpoint = revocationEndpoint;
        builder.revocationEndpointAuthMethodsSupported = revocationEndpointAuthMethodsSupported;
        builder.revocationEndpointAuthSigningAlgValuesSupported = revocationEndpointAuthSigningAlgValuesSupported;
        builder.introspectionEndpoint = introspectionEndpoint;
        builder.introspectionEndpointAuthMethodsSupported = introspectionEndpointAuthMethodsSupported;
        builder.introspectionEndpointAuthSigningAlgValuesSupported = introspectionEndpointAuthSigningAlgValuesSupported;
        builder.codeChallengeMethodsSupported = codeChallengeMethodsSupported;
        builder.clientIdMetadataDocumentSupported = clientIdMetadataDocumentSupported;
        builder.xSource = xSource;
        builder.xResourceUrl = xResourceUrl;
        builder.xScope = xScope;
        return builder;
    }

    /** Builds and validates a {@link OAuthServerMetadata}. */
    public static final class Builder {
        private String issuer;
        private String authorizationEndpoint;
        private String tokenEndpoint;
        private String registrationEndpoint;
        private List<String> scopesSupported;
        private List<String> responseTypesSupported;
        private List<String> responseModesSupported;
        private List<String> grantTypesSupported;
        private List<String> tokenEndpointAuthMethodsSupported;
        private List<String> tokenEndpointAuthSigningAlgValuesSupported;
        private String serviceDocumentation;
        private List<String> uiLocalesSupported;
        private String opPolicyUri;
        private String opTosUri;
        private String revocationEndpoint;
        private List<String> revocationEndpointAuthMethodsSupported;
        private List<String> revocationEndpointAuthSigningAlgValuesSupported;
        private String introspectionEndpoint;
        private List<String> introspectionEndpointAuthMethodsSupported;
        private List<String> introspectionEndpointAuthSigningAlgValuesSupported;
        private List<String> codeChallengeMethodsSupported;
        private Boolean clientIdMetadataDocumentSupported;
        private String xSource;
        private String xResourceUrl;
        private String xScope;

        private Builder() {
        }

        /** Sets {@code issuer}: the issuer (a URL); required. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Sets {@code authorizationEndpoint}: the authorization endpoint (a URL); required. */
        public Builder authorizationEndpoint(String authorizationEndpoint) {
            this.authorizationEndpoint = authorizationEndpoint;
            return this;
        }

        /** Sets {@code tokenEndpoint}: the token endpoint (a URL); required. */
        public Builder tokenEndpoint(String tokenEndpoint) {
            this.tokenEndpoint = tokenEndpoint;
            return this;
        }

        /** Sets {@code registrationEndpoint}: the registration endpoint (a URL), or null. */
        public Builder registrationEndpoint(String registrationEndpoint) {
            this.registrationEndpoint = registrationEndpoint;
            return this;
        }

        /** Sets {@code scopesSupported}: the scopes supported list (RFC 8414), or null. */
        public Builder scopesSupported(List<String> scopesSupported) {
            this.scopesSupported = scopesSupported;
            return this;
        }

        /** Sets {@code responseTypesSupported}: the response types supported list (RFC 8414), or null. */
        public Builder responseTypesSupported(List<String> responseTypesSupported) {
            this.responseTypesSupported = responseTypesSupported;
            return this;
        }

        /** Sets {@code responseModesSupported}: the response modes supported list (RFC 8414), or null. */
        public Builder responseModesSupported(List<String> responseModesSupported) {
            this.responseModesSupported = responseModesSupported;
            return this;
        }

        /** Sets {@code grantTypesSupported}: the grant types supported list (RFC 8414), or null. */
        public Builder grantTypesSupported(List<String> grantTypesSupported) {
            this.grantTypesSupported = grantTypesSupported;
            return this;
        }

        /** Sets {@code tokenEndpointAuthMethodsSupported}: the token endpoint auth methods supported list (RFC 8414), or null. */
        public Builder tokenEndpointAuthMethodsSupported(List<String> tokenEndpointAuthMethodsSupported) {
            this.tokenEndpointAuthMethodsSupported = tokenEndpointAuthMethodsSupported;
            return this;
        }

        /** Sets {@code tokenEndpointAuthSigningAlgValuesSupported}: the token endpoint auth signing alg values supported list (RFC 8414), or null. */
        public Builder tokenEndpointAuthSigningAlgValuesSupported(List<String> tokenEndpointAuthSigningAlgValuesSupported) {
            this.tokenEndpointAuthSigningAlgValuesSupported = tokenEndpointAuthSigningAlgValuesSupported;
            return this;
        }

        /** Sets {@code serviceDocumentation}: the service documentation (a URL), or null. */
        public Builder serviceDocumentation(String serviceDocumentation) {
            this.serviceDocumentation = serviceDocumentation;
            return this;
        }

        /** Sets {@code uiLocalesSupported}: the ui locales supported list (RFC 8414), or null. */
        public Builder uiLocalesSupported(List<String> uiLocalesSupported) {
            this.uiLocalesSupported = uiLocalesSupported;
            return this;
        }

        /** Sets {@code opPolicyUri}: the op policy uri (a URL), or null. */
        public Builder opPolicyUri(String opPolicyUri) {
            this.opPolicyUri = opPolicyUri;
            return this;
        }

        /** Sets {@code opTosUri}: the op tos uri (a URL), or null. */
        public Builder opTosUri(String opTosUri) {
            this.opTosUri = opTosUri;
            return this;
        }

        /** Sets {@code revocationEndpoint}: the revocation endpoint (a URL), or null. */
        public Builder revocationEndpoint(String revocationEndpoint) {
            this.revocationEndpoint = revocationEndpoint;
            return this;
        }

        /** Sets {@code revocationEndpointAuthMethodsSupported}: the revocation endpoint auth methods supported list (RFC 8414), or null. */
        public Builder revocationEndpointAuthMethodsSupported(List<String> revocationEndpointAuthMethodsSupported) {
            this.revocationEndpointAuthMethodsSupported = revocationEndpointAuthMethodsSupported;
            return this;
        }

        /** Sets {@code revocationEndpointAuthSigningAlgValuesSupported}: the revocation endpoint auth signing alg values supported list (RFC 8414), or null. */
        public Builder revocationEndpointAuthSigningAlgValuesSupported(List<String> revocationEndpointAuthSigningAlgValuesSupported) {
            this.revocationEndpointAuthSigningAlgValuesSupported = revocationEndpointAuthSigningAlgValuesSupported;
            return this;
        }

        /** Sets {@code introspectionEndpoint}: the introspection endpoint (a URL), or null. */
        public Builder introspectionEndpoint(String introspectionEndpoint) {
            this.introspectionEndpoint = introspectionEndpoint;
            return this;
        }

        /** Sets {@code introspectionEndpointAuthMethodsSupported}: the introspection endpoint auth methods supported list (RFC 8414), or null. */
        public Builder introspectionEndpointAuthMethodsSupported(List<String> introspectionEndpointAuthMethodsSupported) {
            this.introspectionEndpointAuthMethodsSupported = introspectionEndpointAuthMethodsSupported;
            return this;
        }

        /** Sets {@code introspectionEndpointAuthSigningAlgValuesSupported}: the introspection endpoint auth signing alg values supported list (RFC 8414), or null. */
        public Builder introspectionEndpointAuthSigningAlgValuesSupported(List<String> introspectionEndpointAuthSigningAlgValuesSupported) {
            this.introspectionEndpointAuthSigningAlgValuesSupported = introspectionEndpointAuthSigningAlgValuesSupported;
            return this;
        }

        /** Sets {@code codeChallengeMethodsSupported}: the code challenge methods supported list (RFC 8414), or null. */
        public Builder codeChallengeMethodsSupported(List<String> codeChallengeMethodsSupported) {
            this.codeChallengeMethodsSupported = codeChallengeMethodsSupported;
            return this;
        }

        /** Sets {@code clientIdMetadataDocumentSupported}: whether client id metadata documents are supported, or null. */
        public Builder clientIdMetadataDocumentSupported(Boolean clientIdMetadataDocumentSupported) {
            this.clientIdMetadataDocumentSupported = clientIdMetadataDocumentSupported;
            return this;
        }

        /** Sets {@code xSource}: how the metadata was obtained ({@code autodiscovery} or {@code provided}), or null. */
        public Builder xSource(String xSource) {
            this.xSource = xSource;
            return this;
        }

        /** Sets {@code xResourceUrl}: the x resource url (a URL), or null. */
        public Builder xResourceUrl(String xResourceUrl) {
            this.xResourceUrl = xResourceUrl;
            return this;
        }

        /** Sets {@code xScope}: the x scope (a URL), or null. */
        public Builder xScope(String xScope) {
            this.xScope = xScope;
            return this;
        }

        /** Validates: the issuer and the authorization and token endpoints are set and builds. */
        public OAuthServerMetadata build() {
            ConnectorChecks.requireUrl("issuer", issuer);
            ConnectorChecks.requireUrl("authorizationEndpoint", authorizationEndpoint);
            ConnectorChecks.requireUrl("tokenEndpoint", tokenEndpoint);
            return new OAuthServerMetadata(issuer, authorizationEndpoint, tokenEndpoint, registrationEndpoint, scopesSupported, responseTypesSupported, responseModesSupported, grantTypesSupported, tokenEndpointAuthMethodsSupported, tokenEndpointAuthSigningAlgValuesSupported, serviceDocumentation, uiLocalesSupported, opPolicyUri, opTosUri, revocationEndpoint, revocationEndpointAuthMethodsSupported, revocationEndpointAuthSigningAlgValuesSupported, introspectionEndpoint, introspectionEndpointAuthMethodsSupported, introspectionEndpointAuthSigningAlgValuesSupported, codeChallengeMethodsSupported, clientIdMetadataDocumentSupported, xSource, xResourceUrl, xScope);
        }
    }
}
