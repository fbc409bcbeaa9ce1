package io.mistral4j.impl.json.values;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.spi.JsonValueCodec;
import java.lang.reflect.Type;

/**
 * Users' values (structured answers, tool arguments and results) as JSON: parsed by Gson, bound
 * to the Java type by {@link ValueBinder} so that a misfit names its JSON path and the type
 * expected there, and written by the client's Gson configuration.
 */
public final class UserValueCodec implements JsonValueCodec {

    private final JsonCodec codec = new JsonCodec();

    @Override
    public <T> T read(String json, Type type) {
        JsonElement tree;
        try {
            tree = JsonParser.parseString(json == null ? "" : json);
        } catch (JsonParseException e) {
            throw new MistralDecodingException("got text that is not JSON (" + e.getMessage() + ")", "$",
                    type.getTypeName(), json, e);
        }
        return new ValueBinder(json).bind(tree, type);
    }

    @Override
    public String write(Object value) {
        return codec.toJson(value);
    }
}
