package io.mistral4j.agents;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tool of a type this version does not model; every field but {@code type} is kept as plain
 * Java values (String, Number, Boolean, List, Map) and written back unchanged, so reading an
 * agent and updating it does not lose the tool.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record UnknownAgentTool(String type, Map<String, Object> fields) implements AgentTool {

    /** Requires {@code type}; copies the fields, a missing map becoming empty. */
    public UnknownAgentTool {
        Objects.requireNonNull(type, "type");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
