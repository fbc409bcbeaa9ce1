package io.mistral4j.libraries;

/**
 * Stops sharing a library with someone ({@code DELETE /v1/libraries/{library_id}/share}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param shareWithUuid the id of who it is shared with
 * @param shareWithType {@code User}, {@code Workspace} or {@code Org}
 * @param orgId         the organization (deprecated by the API), or null
 */
public record SharingDeleteRequest(String shareWithUuid, String shareWithType, String orgId) {

    /** A builder with nothing set; the id and its type are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link SharingDeleteRequest}. */
    public static final class Builder {
        private String shareWithUuid;
        private String shareWithType;
        private String orgId;

        private Builder() {
        }

        /** The id of who it is shared with (required). */
        public Builder shareWithUuid(String shareWithUuid) {
            this.shareWithUuid = shareWithUuid;
            return this;
        }

        /** {@code User}, {@code Workspace} or {@code Org} (required). */
        public Builder shareWithType(String shareWithType) {
            this.shareWithType = shareWithType;
            return this;
        }

        /** The organization (deprecated by the API). */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /** Validates the id and its type. */
        public SharingDeleteRequest build() {
            SharingRequest.requireId(shareWithUuid);
            SharingRequest.requireOneOf("shareWithType", shareWithType, SharingRequest.ENTITY_TYPES);
            return new SharingDeleteRequest(shareWithUuid, shareWithType, orgId);
        }
    }
}
