package io.mistral4j.connectors;

/**
 * Which tools of a connector to list ({@code GET /v1/connectors/{connector_id_or_name}/tools}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param page            the page, from 1, or null for the first
 * @param pageSize        tools per page, at least 1, or null for the server's 100
 * @param refresh         whether to ask the MCP server again instead of the cached list, or null
 * @param pretty          whether to answer only names, descriptions, annotations and a compact input schema, or null
 * @param credentialsName which stored credentials to list with, or null for the default
 */
public record ToolListRequest(Integer page, Integer pageSize, Boolean refresh, Boolean pretty, String credentialsName) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link ToolListRequest}. */
    public static final class Builder {
        private Integer page;
        private Integer pageSize;
        private Boolean refresh;
        private Boolean pretty;
        private String credentialsName;

        private Builder() {
        }

        /** Sets {@code page}: the page, from 1, or null for the first. */
        public Builder page(Integer page) {
            this.page = page;
            return this;
        }

        /** Sets {@code pageSize}: tools per page, at least 1, or null for the server's 100. */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Sets {@code refresh}: whether to ask the MCP server again instead of the cached list, or null. */
        public Builder refresh(Boolean refresh) {
            this.refresh = refresh;
            return this;
        }

        /** Sets {@code pretty}: whether to answer only names, descriptions, annotations and a compact input schema, or null. */
        public Builder pretty(Boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /** Sets {@code credentialsName}: which stored credentials to list with, or null for the default. */
        public Builder credentialsName(String credentialsName) {
            this.credentialsName = credentialsName;
            return this;
        }

        /** Validates: the page and size are at least 1 and a credentials name given is well formed and builds. */
        public ToolListRequest build() {
            ConnectorChecks.checkAtLeast("page", page, 1);
            ConnectorChecks.checkAtLeast("pageSize", pageSize, 1);
            ConnectorChecks.checkName("credentialsName", credentialsName);
            return new ToolListRequest(page, pageSize, refresh, pretty, credentialsName);
        }
    }
}
