package io.mistral4j.agents;

/**
 * A tool the platform runs: Searches the web.
 *
 * @param toolConfiguration which of its functions are allowed or confirmed, or null
 */
public record WebSearchTool(ToolConfiguration toolConfiguration) implements AgentTool {

    /** The wire {@code type} of this tool, {@value}. */
    public static final String TYPE = "web_search";

    @Override
    public String type() {
        return TYPE;
    }
}
