package io.mistral4j.agents;

import java.util.List;

/**
 * Searches the given document libraries (a platform tool).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param libraryIds        ids of the libraries to search in; at least one
 * @param toolConfiguration which of its functions are allowed or confirmed, or null
 */
public record DocumentLibraryTool(List<String> libraryIds, ToolConfiguration toolConfiguration) implements AgentTool {

    /** The wire {@code type} of this tool, {@value}. */
    public static final String TYPE = "document_library";

    /** Copies {@code libraryIds}; a missing list becomes empty. */
    public DocumentLibraryTool {
        libraryIds = libraryIds == null ? List.of() : List.copyOf(libraryIds);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
