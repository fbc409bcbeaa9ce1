package io.mistral4j.libraries;

import io.mistral4j.errors.ValidationException;

/**
 * Changes to a library ({@code PUT} or {@code PATCH /v1/libraries/{library_id}}): what is left
 * unset is not sent.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name        the new name, or null
 * @param description the new description, or null
 */
public record LibraryUpdateRequest(String name, String description) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link LibraryUpdateRequest}. */
    public static final class Builder {
        private String name;
        private String description;

        private Builder() {
        }

        /** The new name; not blank. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The new description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Validates: a name, when given, is not blank. */
        public LibraryUpdateRequest build() {
            if (name != null && name.isBlank()) {
                throw new ValidationException("name", "must not be blank");
            }
            return new LibraryUpdateRequest(name, description);
        }
    }
}
