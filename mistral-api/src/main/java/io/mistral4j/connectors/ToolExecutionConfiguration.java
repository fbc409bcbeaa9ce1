package io.mistral4j.connectors;

import java.util.List;

/**
 * Which tools of a connector run and which ask for confirmation. A confirmation rule is, as the
 * API sends it, a list of tool names, a logical expression ({@code type} and {@code expressions})
 * or tool properties ({@code read_only}), held as JSON values.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param requiresConfirmation the tools that ask for confirmation, or null
 * @param skipConfirmation     the tools that never ask, or null
 * @param include              only these tools, or null
 * @param exclude              not these tools, or null
 */
public record ToolExecutionConfiguration(Object requiresConfirmation, Object skipConfirmation, List<String> include, List<String> exclude) {

}
