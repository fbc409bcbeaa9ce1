package io.mistral4j.models;

/**
 * Filters of {@code GET /v1/models}; {@link #all()} asks for every model.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param provider only models of this provider, or null
 * @param model    only this model, or null
 */
public record ModelListRequest(String provider, String model) {

    private static final ModelListRequest ALL = new ModelListRequest(null, null);

    /** No filters: every model available to you. */
    public static ModelListRequest all() {
        return ALL;
    }

    /** A builder with no filters set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelListRequest}; every filter is optional. */
    public static final class Builder {
        private String provider;
        private String model;

        private Builder() {
        }

        /** Only models of this provider, e.g. {@code mistralai}; null or blank for any. */
        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        /** Only the model with this id; null or blank for any. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** The request, with blank filters turned into null (not sent); never throws. */
        public ModelListRequest build() {
            return new ModelListRequest(blankToNull(provider), blankToNull(model));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
