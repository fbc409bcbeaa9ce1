package io.mistral4j.agents;

import io.mistral4j.chat.FunctionDefinition;
import java.util.List;
import java.util.Map;

/**
 * A tool an agent may use, told apart on the wire by {@code type}: a function the application
 * runs, or a tool the platform runs (web search, code interpreter, image generation, document
 * libraries, connectors). A tool type this version does not know arrives as an
 * {@link UnknownAgentTool} that keeps all its fields and is written back unchanged.
 */
public sealed interface AgentTool permits FunctionTool, WebSearchTool, WebSearchPremiumTool, CodeInterpreterTool,
        ImageGenerationTool, DocumentLibraryTool, ConnectorTool, UnknownAgentTool {

    /** The wire discriminator, e.g. {@code function} or {@code web_search}. */
    String type();

    /** A function the application runs when the model calls it. */
    static FunctionTool function(FunctionDefinition function) {
        return new FunctionTool(function);
    }

    /** A function from its name, description and JSON schema of the arguments. */
    static FunctionTool function(String name, String description, Map<String, Object> parameters) {
        return new FunctionTool(new FunctionDefinition(name, description, parameters, null));
    }

    /** Web search run by the platform, with all its functions allowed. */
    static WebSearchTool webSearch() {
        return new WebSearchTool(null);
    }

    /** Web search including news agencies, run by the platform, with all its functions allowed. */
    static WebSearchPremiumTool webSearchPremium() {
        return new WebSearchPremiumTool(null);
    }

    /** Code execution in a platform sandbox, with all its functions allowed. */
    static CodeInterpreterTool codeInterpreter() {
        return new CodeInterpreterTool(null);
    }

    /** Image generation run by the platform, with all its functions allowed. */
    static ImageGenerationTool imageGeneration() {
        return new ImageGenerationTool(null);
    }

    /** Search in the given document libraries (at least one). */
    static DocumentLibraryTool documentLibrary(String... libraryIds) {
        return new DocumentLibraryTool(List.of(libraryIds), null);
    }

    /** A connector registered on the platform, by its id. */
    static ConnectorTool connector(String connectorId) {
        return new ConnectorTool(connectorId, null, null);
    }
}
