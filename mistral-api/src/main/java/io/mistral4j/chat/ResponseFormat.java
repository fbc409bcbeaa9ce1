package io.mistral4j.chat;

import io.mistral4j.schema.JsonSchemas;
import java.util.Map;

/**
 * The format the answer must have: plain text, any JSON object, or JSON following a schema.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param type       the format
 * @param jsonSchema the schema when {@code type} is {@code json_schema}, else null
 */
public record ResponseFormat(ResponseFormatType type, JsonSchema jsonSchema) {

    /** Defaults a null type to {@link ResponseFormatType#TEXT}. */
    public ResponseFormat {
        type = type == null ? ResponseFormatType.TEXT : type;
    }

    /** Plain text answers (the server default). */
    public static ResponseFormat text() {
        return new ResponseFormat(ResponseFormatType.TEXT, null);
    }

    /** Answers that are a JSON object; the prompt should also ask for JSON. */
    public static ResponseFormat jsonObject() {
        return new ResponseFormat(ResponseFormatType.JSON_OBJECT, null);
    }

    /** Answers that are JSON following this schema. */
    public static ResponseFormat jsonSchema(JsonSchema schema) {
        return new ResponseFormat(ResponseFormatType.JSON_SCHEMA, schema);
    }

    /**
     * A strict JSON-schema format describing {@code type} ({@link JsonSchemas#of}), named after its
     * simple name and described by its {@link io.mistral4j.schema.Description}; a type the schema
     * cannot describe is a {@link io.mistral4j.errors.ValidationException}.
     */
    public static ResponseFormat jsonSchema(Class<?> type) {
        return jsonSchema(new JsonSchema(type.getSimpleName(), JsonSchemas.descriptionOf(type), JsonSchemas.of(type), true));
    }

    /** A strict JSON-schema format from a name and a schema. */
    public static ResponseFormat jsonSchema(String name, Map<String, Object> schema) {
        return jsonSchema(new JsonSchema(name, null, schema, true));
    }
}
