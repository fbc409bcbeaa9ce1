package io.mistral4j.agents;

/**
 * A tool the platform runs: Searches the web and news agencies.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param toolConfiguration which of its functions are allowed or confirmed, or null
 */
public record WebSearchPremiumTool(ToolConfiguration toolConfiguration) implements AgentTool {

    /** The wire {@code type} of this tool, {@value}. */
    public static final String TYPE = "web_search_premium";

    @Override
    public String type() {
        return TYPE;
    }
}
