package io.mistral4j.agents;

/**
 * A tool the platform runs: Searches the web.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
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
