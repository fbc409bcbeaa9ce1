package io.mistral4j.connectors;

/**
 * Which connectors to list ({@code GET /v1/connectors}), a page at a time.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param cursor   where to start, as a previous page handed back, or null for the first page
 * @param pageSize connectors per page, 1 to 1000, or null for the server's 100
 * @param active   only the connectors active (true) or inactive (false) for the caller, or null for all
 */
public record ConnectorListRequest(String cursor, Integer pageSize, Boolean active) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.cursor = cursor;
        builder.pageSize = pageSize;
        builder.active = active;
        return builder;
    }

    /** Every connector, in pages of the server's default size. */
    public static ConnectorListRequest all() {
        return builder().build();
    }


    /** Builds and validates a {@link ConnectorListRequest}. */
    public static final class Builder {
        private String cursor;
        private Integer pageSize;
        private Boolean active;

        private Builder() {
        }

        /** Sets {@code cursor}: where to start, as a previous page handed back, or null for the first page. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** Sets {@code pageSize}: connectors per page, 1 to 1000, or null for the server's 100. */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Sets {@code active}: only the connectors active (true) or inactive (false) for the caller, or null for all. */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /** Validates: the page size is between 1 and 1000 and builds. */
        public ConnectorListRequest build() {
            ConnectorChecks.checkRange("pageSize", pageSize, 1, 1000);
            return new ConnectorListRequest(cursor, pageSize, active);
        }
    }
}
