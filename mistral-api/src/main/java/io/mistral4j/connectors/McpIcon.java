package io.mistral4j.connectors;

import java.util.List;

/**
 * An icon of an MCP tool or resource.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param src      its URL
 * @param mimeType its media type, or null
 * @param sizes    its sizes, or null
 */
public record McpIcon(String src, String mimeType, List<String> sizes) {

}
