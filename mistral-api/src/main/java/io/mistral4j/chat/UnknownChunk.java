package io.mistral4j.chat;

import java.util.Map;
import java.util.Objects;

/**
 * A chunk of a type this version does not model (e.g. {@code tool_reference}); every field is
 * kept as plain Java values (String, Number, Boolean, List, Map) and written back unchanged. A
 * field whose value is null is treated as absent.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record UnknownChunk(String type, Map<String, Object> fields) implements ContentChunk {

    /** Requires {@code type}; copies the fields, a missing map becoming empty. */
    public UnknownChunk {
        Objects.requireNonNull(type, "type");
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
