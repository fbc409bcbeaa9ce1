package io.mistral4j.connectors;

import java.util.List;
import java.util.Map;

/**
 * A tool an MCP connector serves, as its server lists it.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name         its name, used to call it
 * @param title        its title, or null
 * @param description  its description, or null
 * @param inputSchema  the JSON schema of its arguments
 * @param outputSchema the JSON schema of its structured result, or null
 * @param icons        its icons, or null
 * @param annotations  its hints, or null
 * @param meta         its {@code _meta} data, or null
 * @param execution    how it runs as a task, or null
 */
public record McpTool(String name, String title, String description, Map<String, Object> inputSchema, Map<String, Object> outputSchema, List<McpIcon> icons, ToolAnnotations annotations, Map<String, Object> meta, Map<String, Object> execution) {

}
