package io.mistral4j.connectors;

/**
 * The metadata of a tool call's result.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param mcpMeta what the MCP result said, or null
 */
public record ToolCallMetadata(McpResultMetadata mcpMeta) {

}
