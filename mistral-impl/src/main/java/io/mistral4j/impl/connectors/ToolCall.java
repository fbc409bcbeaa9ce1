package io.mistral4j.impl.connectors;

import io.mistral4j.connectors.ToolCallRequest;

/** The input of a tool call: which connector, which tool, and the call. */
record ToolCall(String connectorIdOrName, String toolName, ToolCallRequest request) {
}
