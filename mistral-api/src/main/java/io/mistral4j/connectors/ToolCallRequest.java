package io.mistral4j.connectors;

import java.util.Map;

/**
 * A call of one of a connector's tools ({@code POST /v1/connectors/{connector_id_or_name}/tools/{tool_name}/call}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param arguments       the tool's arguments (JSON values), or null for none
 * @param credentialsName which stored credentials to call with, or null for the default
 */
public record ToolCallRequest(Map<String, Object> arguments, String credentialsName) {

    /** Copies the arguments. */
    public ToolCallRequest {
        arguments = Secrets.copy(arguments);
    }


    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.arguments = arguments;
        builder.credentialsName = credentialsName;
        return builder;
    }

    /** Builds and validates a {@link ToolCallRequest}. */
    public static final class Builder {
        private Map<String, Object> arguments;
        private String credentialsName;

        private Builder() {
        }

        /** Sets {@code arguments}: the tool's arguments (JSON values), or null for none. */
        public Builder arguments(Map<String, Object> arguments) {
            this.arguments = arguments;
            return this;
        }

        /** Sets {@code credentialsName}: which stored credentials to call with, or null for the default. */
        public Builder credentialsName(String credentialsName) {
            this.credentialsName = credentialsName;
            return this;
        }

        /** Validates: a credentials name given is well formed and builds. */
        public ToolCallRequest build() {
            ConnectorChecks.checkName("credentialsName", credentialsName);
            return new ToolCallRequest(arguments, credentialsName);
        }
    }
}
