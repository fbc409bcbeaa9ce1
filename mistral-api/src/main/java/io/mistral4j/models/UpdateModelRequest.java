package io.mistral4j.models;

import io.mistral4j.errors.ValidationException;

/**
 * A new name and/or description for a fine-tuned model ({@code PATCH /v1/fine_tuning/models/{model_id}}).
 * A field left null is not changed.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name        the new display name, or null
 * @param description the new description, or null
 */
public record UpdateModelRequest(String name, String description) {

    /** A builder with nothing set; set a name, a description or both. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateModelRequest}; at least one field must be set. */
    public static final class Builder {
        private String name;
        private String description;

        private Builder() {
        }

        /** The new display name; unset keeps the current one. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The new description; unset keeps the current one. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The request; throws {@link ValidationException} (field {@code name}) when neither a name nor a
         * description is set.
         */
        public UpdateModelRequest build() {
            if (name == null && description == null) {
                throw new ValidationException("name", "set a name or a description to update");
            }
            return new UpdateModelRequest(name, description);
        }
    }
}
