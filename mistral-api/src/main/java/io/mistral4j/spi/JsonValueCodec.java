package io.mistral4j.spi;

import java.lang.reflect.Type;

/**
 * Reads and writes users' Java values (structured answers, tool arguments and results) as the
 * client's JSON: property names in snake_case, as {@link io.mistral4j.schema.JsonSchemas}
 * describes them. Provided by the implementation through {@link java.util.ServiceLoader}.
 */
public interface JsonValueCodec {

    /**
     * Reads {@code json} as a {@code type}; a text that does not fit is a
     * {@link io.mistral4j.errors.MistralDecodingException} naming the JSON path and the expected type.
     */
    <T> T read(String json, Type type);

    /** Writes {@code value} as JSON. */
    String write(Object value);
}
