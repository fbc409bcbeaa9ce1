package io.mistral4j.connectors;

import java.util.Map;

/**
 * What an MCP tool's result says beside its content.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param isError           whether the tool failed, or null
 * @param structuredContent its structured result, or null
 * @param meta              its {@code _meta} data, or null
 */
public record McpResultMetadata(Boolean isError, Map<String, Object> structuredContent, Map<String, Object> meta) {

}
