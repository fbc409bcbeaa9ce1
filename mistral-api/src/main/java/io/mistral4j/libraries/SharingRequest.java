package io.mistral4j.libraries;

import io.mistral4j.errors.ValidationException;
import java.util.List;

/**
 * Shares a library with a user, a workspace or the organization ({@code PUT
 * /v1/libraries/{library_id}/share}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param level         {@code Viewer} or {@code Editor}
 * @param shareWithUuid the id of who to share with
 * @param shareWithType {@code User}, {@code Workspace} or {@code Org}
 * @param orgId         the organization (deprecated by the API), or null
 */
public record SharingRequest(String level, String shareWithUuid, String shareWithType, String orgId) {

    /** The access levels the API grants. */
    public static final List<String> LEVELS = List.of("Viewer", "Editor");
    /** The kinds of who a library can be shared with. */
    public static final List<String> ENTITY_TYPES = List.of("User", "Workspace", "Org");

    /** A builder with nothing set; the level, the id and its type are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link SharingRequest}. */
    public static final class Builder {
        private String level;
        private String shareWithUuid;
        private String shareWithType;
        private String orgId;

        private Builder() {
        }

        /** {@code Viewer} or {@code Editor} (required). */
        public Builder level(String level) {
            this.level = level;
            return this;
        }

        /** The id of who to share with (required). */
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

        /** Validates the level, the id and its type. */
        public SharingRequest build() {
            requireOneOf("level", level, LEVELS);
            requireId(shareWithUuid);
            requireOneOf("shareWithType", shareWithType, ENTITY_TYPES);
            return new SharingRequest(level, shareWithUuid, shareWithType, orgId);
        }
    }

    static void requireOneOf(String field, String value, List<String> allowed) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        if (!allowed.contains(value)) {
            throw new ValidationException(field, "must be one of " + allowed + ", was " + value);
        }
    }

    static void requireId(String shareWithUuid) {
        if (shareWithUuid == null || shareWithUuid.isBlank()) {
            throw new ValidationException("shareWithUuid", "is required");
        }
    }
}
