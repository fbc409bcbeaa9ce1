package io.mistral4j.models;

import io.mistral4j.errors.ValidationException;

/**
 * A new name and/or description for a fine-tuned model ({@code PATCH /v1/fine_tuning/models/{model_id}}).
 * A field left null is not changed.
 *
 * @param name        the new display name, or null
 * @param description the new description, or null
 */
public record UpdateModelRequest(String name, String description) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateModelRequest}; at least one field must be set. */
    public static final class Builder {
        private String name;
        private String description;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public UpdateModelRequest build() {
            if (name == null && description == null) {
                throw new ValidationException("name", "set a name or a description to update");
            }
            return new UpdateModelRequest(name, description);
        }
    }
}
