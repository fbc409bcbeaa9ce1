package io.mistral4j.agents;

import java.util.List;

/**
 * Narrows what a built-in tool or connector may do: which of its functions are included or
 * excluded, and which need the user's confirmation. A null list is not sent.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param exclude              functions the model may not use
 * @param include              the only functions the model may use
 * @param requiresConfirmation functions whose calls wait for the user's confirmation
 */
public record ToolConfiguration(List<String> exclude, List<String> include, List<String> requiresConfirmation) {

    /** Copies the lists; a null list stays null and is not sent. */
    public ToolConfiguration {
        exclude = exclude == null ? null : List.copyOf(exclude);
        include = include == null ? null : List.copyOf(include);
        requiresConfirmation = requiresConfirmation == null ? null : List.copyOf(requiresConfirmation);
    }

    /** Allows only these functions of the tool. */
    public static ToolConfiguration including(String... functions) {
        return new ToolConfiguration(null, List.of(functions), null);
    }

    /** Allows every function of the tool but these. */
    public static ToolConfiguration excluding(String... functions) {
        return new ToolConfiguration(List.of(functions), null, null);
    }
}
