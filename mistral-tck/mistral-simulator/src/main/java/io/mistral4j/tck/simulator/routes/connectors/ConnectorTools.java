package io.mistral4j.tck.simulator.routes.connectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.mistral4j.tck.simulator.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The tools every simulated MCP connector serves, derived from the connector alone (so two
 * simulators list the same tools), and their answers, derived from the arguments alone:
 * {@code search} (a query), {@code fetch} (a document id) and {@code echo} (a text).
 */
final class ConnectorTools {

    /** One tool: its name, what it does, and its required string argument. */
    record Tool(String name, String description, String argument, boolean readOnly) {
    }

    static final List<Tool> TOOLS = List.of(
            new Tool("search", "Searches the documents of %s.", "query", true),
            new Tool("fetch", "Fetches one document of %s by id.", "id", true),
            new Tool("echo", "Answers the text it is given, through %s.", "text", false));

    private ConnectorTools() {
    }

    static Tool find(String name) {
        return TOOLS.stream().filter(tool -> tool.name().equals(name)).findFirst().orElse(null);
    }

    /** A tool as an MCP server lists it; {@code pretty} keeps only what the compact listing has. */
    static JsonObject mcpTool(Tool tool, String connectorName, boolean pretty) {
        JsonObject out = new JsonObject();
        out.addProperty("name", tool.name());
        out.addProperty("description", tool.description().formatted(connectorName));
        out.add("inputSchema", inputSchema(tool));
        JsonObject annotations = new JsonObject();
        annotations.addProperty("readOnlyHint", tool.readOnly());
        annotations.addProperty("destructiveHint", false);
        out.add("annotations", annotations);
        if (!pretty) {
            out.addProperty("title", Character.toUpperCase(tool.name().charAt(0)) + tool.name().substring(1));
            JsonObject outputSchema = new JsonObject();
            outputSchema.addProperty("type", "object");
            out.add("outputSchema", outputSchema);
            JsonObject meta = new JsonObject();
            meta.addProperty("connector", connectorName);
            out.add("_meta", meta);
        }
        return out;
    }

    /** A tool as the platform stores it on the connector ({@code ConnectorTool}). */
    static JsonObject connectorTool(Tool tool, JsonObject connector) {
        String connectorName = connector.get("name").getAsString();
        JsonObject out = new JsonObject();
        out.addProperty("id", UUID.nameUUIDFromBytes((connector.get("id").getAsString() + "/" + tool.name())
                .getBytes(StandardCharsets.UTF_8)).toString());
        out.addProperty("name", tool.name());
        out.addProperty("description", tool.description().formatted(connectorName));
        out.add("jsonschema", inputSchema(tool));
        JsonObject execution = new JsonObject();
        execution.addProperty("type", "mcp");
        out.add("execution_config", execution);
        out.add("visibility", connector.get("visibility"));
        out.add("created_at", connector.get("created_at"));
        out.add("modified_at", connector.get("created_at"));
        out.addProperty("active", true);
        return out;
    }

    private static JsonObject inputSchema(Tool tool) {
        JsonObject schema = new JsonObject();
        schema.addProperty("type", "object");
        JsonObject properties = new JsonObject();
        JsonObject argument = new JsonObject();
        argument.addProperty("type", "string");
        properties.add(tool.argument(), argument);
        schema.add("properties", properties);
        JsonArray required = new JsonArray();
        required.add(tool.argument());
        schema.add("required", required);
        return schema;
    }

    /** The tool's answer to {@code value}: a text block and, in the metadata, a structured result. */
    static JsonObject call(Tool tool, String connectorName, String value) {
        String text;
        JsonObject structured = new JsonObject();
        switch (tool.name()) {
            case "search" -> {
                JsonArray results = new JsonArray();
                for (int i = 1; i <= 2; i++) {
                    JsonObject result = new JsonObject();
                    result.addProperty("id", documentId(value, i));
                    result.addProperty("title", value + " (" + i + ")");
                    results.add(result);
                }
                structured.add("results", results);
                text = "2 results for '" + value + "' in " + connectorName;
            }
            case "fetch" -> {
                structured.addProperty("id", value);
                text = "Document " + value + " of " + connectorName;
            }
            default -> text = value;
        }
        JsonObject block = new JsonObject();
        block.addProperty("type", "text");
        block.addProperty("text", text);
        JsonArray content = new JsonArray();
        content.add(block);
        JsonObject mcpMeta = new JsonObject();
        mcpMeta.addProperty("isError", false);
        mcpMeta.add("structuredContent", structured);
        JsonObject metadata = new JsonObject();
        metadata.add("mcp_meta", mcpMeta);
        JsonObject out = new JsonObject();
        out.add("content", content);
        out.add("metadata", metadata);
        return out;
    }

    /** The string argument a tool needs, or null when it is missing or not a string. */
    static String argument(Tool tool, JsonElement arguments) {
        if (arguments == null || !arguments.isJsonObject()) {
            return null;
        }
        JsonElement value = arguments.getAsJsonObject().get(tool.argument());
        return Json.isString(value) ? value.getAsString() : null;
    }

    private static String documentId(String query, int n) {
        return "doc-" + Integer.toHexString((query + "#" + n).hashCode());
    }
}
