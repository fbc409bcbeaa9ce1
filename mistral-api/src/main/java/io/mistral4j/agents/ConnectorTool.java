package io.mistral4j.agents;

/**
 * A connector registered on the platform (an MCP server, for instance), with the credential it
 * presents (the spec's {@code CustomConnector}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param connectorId       the connector's id
 * @param authorization     the credential, or null
 * @param toolConfiguration which of its functions are allowed or confirmed, or null
 */
public record ConnectorTool(String connectorId, ConnectorAuthorization authorization,
                            ToolConfiguration toolConfiguration) implements AgentTool {

    /** The wire {@code type} of this tool, {@value}. */
    public static final String TYPE = "connector";

    @Override
    public String type() {
        return TYPE;
    }
}
