package io.mistral4j.models;

/**
 * Filters of {@code GET /v1/models}; {@link #all()} asks for every model.
 *
 * @param provider only models of this provider, or null
 * @param model    only this model, or null
 */
public record ModelListRequest(String provider, String model) {

    private static final ModelListRequest ALL = new ModelListRequest(null, null);

    public static ModelListRequest all() {
        return ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelListRequest}; every filter is optional. */
    public static final class Builder {
        private String provider;
        private String model;

        private Builder() {
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public ModelListRequest build() {
            return new ModelListRequest(blankToNull(provider), blankToNull(model));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
