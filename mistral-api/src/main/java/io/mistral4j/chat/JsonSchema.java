package io.mistral4j.chat;

import io.mistral4j.errors.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named JSON schema the answer must follow.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name        the schema's name
 * @param description what it describes, or null
 * @param schema      the schema, as plain Java maps and lists
 * @param strict      whether the schema is enforced strictly, or null
 */
public record JsonSchema(String name, String description, Map<String, Object> schema, Boolean strict) {

    /**
     * Requires a non-blank {@code name} and a {@code schema}, throwing a
     * {@link ValidationException} otherwise; copies the schema.
     */
    public JsonSchema {
        if (name == null || name.isBlank()) {
            throw new ValidationException("jsonSchema.name", "must not be blank");
        }
        if (schema == null) {
            throw new ValidationException("jsonSchema.schema", "is required");
        }
        schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    }
}
