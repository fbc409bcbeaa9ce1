package io.mistral4j.libraries;

import io.mistral4j.errors.ValidationException;
import java.util.List;

/**
 * A library to create ({@code POST /v1/libraries}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name        its name (required)
 * @param description its description, or null
 * @param chunkSize   the chunk size, 256 to 32768 (deprecated by the API), or null
 * @param ownerType   {@code User} or {@code Workspace}, or null for the server's default
 */
public record LibraryCreateRequest(String name, String description, Integer chunkSize, String ownerType) {

    /** The owner types the API accepts. */
    public static final List<String> OWNER_TYPES = List.of("User", "Workspace");

    /** A builder with nothing set; the name is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link LibraryCreateRequest}. */
    public static final class Builder {
        private String name;
        private String description;
        private Integer chunkSize;
        private String ownerType;

        private Builder() {
        }

        /** The library's name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Its description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The chunk size, 256 to 32768 (deprecated by the API). */
        public Builder chunkSize(int chunkSize) {
            this.chunkSize = chunkSize;
            return this;
        }

        /** {@code User} or {@code Workspace}. */
        public Builder ownerType(String ownerType) {
            this.ownerType = ownerType;
            return this;
        }

        /** Validates: the name is required, the chunk size and owner type within what the API accepts. */
        public LibraryCreateRequest build() {
            if (name == null || name.isBlank()) {
                throw new ValidationException("name", "is required");
            }
            if (chunkSize != null && (chunkSize < 256 || chunkSize > 32768)) {
                throw new ValidationException("chunkSize", "must be 256 to 32768, was " + chunkSize);
            }
            if (ownerType != null && !OWNER_TYPES.contains(ownerType)) {
                throw new ValidationException("ownerType", "must be one of " + OWNER_TYPES + ", was " + ownerType);
            }
            return new LibraryCreateRequest(name, description, chunkSize, ownerType);
        }
    }
}
