package io.mistral4j.connectors;

/**
 * What to read with a connector ({@code GET /v1/connectors/{connector_id_or_name}}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param fetchUserData     whether to include the caller's data (connection credentials' metadata), or null
 * @param fetchCustomerData whether to include the customer data (configuration), or null
 */
public record ConnectorGetRequest(Boolean fetchUserData, Boolean fetchCustomerData) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link ConnectorGetRequest}. */
    public static final class Builder {
        private Boolean fetchUserData;
        private Boolean fetchCustomerData;

        private Builder() {
        }

        /** Sets {@code fetchUserData}: whether to include the caller's data (connection credentials' metadata), or null. */
        public Builder fetchUserData(Boolean fetchUserData) {
            this.fetchUserData = fetchUserData;
            return this;
        }

        /** Sets {@code fetchCustomerData}: whether to include the customer data (configuration), or null. */
        public Builder fetchCustomerData(Boolean fetchCustomerData) {
            this.fetchCustomerData = fetchCustomerData;
            return this;
        }

        /** Validates and builds. */
        public ConnectorGetRequest build() {
            return new ConnectorGetRequest(fetchUserData, fetchCustomerData);
        }
    }
}
