package io.mistral4j.chat;

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

    /** A strict JSON-schema format from a name and a schema. */
    public static ResponseFormat jsonSchema(String name, Map<String, Object> schema) {
        return jsonSchema(new JsonSchema(name, null, schema, true));
    }
}
