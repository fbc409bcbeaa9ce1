package io.mistral4j.impl.json.tagged;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * The value kept for an unknown tag, written back as it came: its tag first, then its fields.
 * Read alone (not through a {@link DiscriminatedAdapter}), an object without a tag is
 * {@code "unknown"}.
 */
public final class UnknownTaggedAdapter<T> extends TypeAdapter<T> {

    private final Gson gson;
    private final String tagName;
    private final Function<T, String> tagOf;
    private final Function<T, Map<String, Object>> fieldsOf;
    private final DiscriminatedAdapter.UnknownFactory<? extends T> factory;

    public UnknownTaggedAdapter(Gson gson, String tagName, Function<T, String> tagOf,
                                Function<T, Map<String, Object>> fieldsOf,
                                DiscriminatedAdapter.UnknownFactory<? extends T> factory) {
        this.gson = gson;
        this.tagName = tagName;
        this.tagOf = tagOf;
        this.fieldsOf = fieldsOf;
        this.factory = factory;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
        JsonObject object = new JsonObject();
        object.addProperty(tagName, tagOf.apply(value));
        gson.toJsonTree(fieldsOf.apply(value)).getAsJsonObject().entrySet()
                .forEach(e -> object.add(e.getKey(), e.getValue()));
        gson.getAdapter(JsonElement.class).write(out, object);
    }

    @Override
    public T read(JsonReader in) throws IOException {
        JsonObject object = JsonParser.parseReader(in).getAsJsonObject();
        JsonElement tag = object.get(tagName);
        return factory.create(gson, tag == null ? "unknown" : tag.getAsString(), object);
    }

    /** The fields of {@code object} other than its tag, as plain Java values, for an unknown variant to keep. */
    public static Map<String, Object> fieldsBesideTag(Gson gson, JsonObject object, String tagName) {
        JsonObject fields = object.deepCopy();
        fields.remove(tagName);
        return gson.fromJson(fields, new TypeToken<Map<String, Object>>() { }.getType());
    }
}
