package io.mistral4j.connectors;

/**
 * Hints an MCP tool gives about itself.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param title           a title, or null
 * @param readOnlyHint    whether it only reads, or null
 * @param destructiveHint whether it may destroy data, or null
 * @param idempotentHint  whether repeating it changes nothing more, or null
 * @param openWorldHint   whether it reaches outside systems, or null
 */
public record ToolAnnotations(String title, Boolean readOnlyHint, Boolean destructiveHint, Boolean idempotentHint, Boolean openWorldHint) {

}
