package io.mistral4j.impl.json.tagged;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;

/** Reads one of several records by the value of a tag field; writes each with its own adapter. */
public final class DiscriminatedAdapter<T> extends TypeAdapter<T> {

    /** Makes the value for a tag no record is registered for. */
    @FunctionalInterface
    public interface UnknownFactory<T> {
        T create(Gson gson, String tag, JsonObject object);
    }

    private final Gson gson;
    private final String tagName;
    private final Map<String, Class<? extends T>> types;
    private final UnknownFactory<T> unknown;

    /**
     * @param types   the record for each known tag
     * @param unknown what an unknown tag becomes, or null to reject it
     */
    public DiscriminatedAdapter(Gson gson, String tagName, Map<String, Class<? extends T>> types,
                                UnknownFactory<T> unknown) {
        this.gson = gson;
        this.tagName = tagName;
        this.types = types;
        this.unknown = unknown;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(JsonWriter out, T value) throws IOException {
        TypeAdapter<T> adapter = (TypeAdapter<T>) gson.getAdapter(value.getClass());
        adapter.write(out, value);
    }

    @Override
    public T read(JsonReader in) throws IOException {
        JsonElement element = JsonParser.parseReader(in);
        if (!element.isJsonObject()) {
            throw new JsonParseException("expected an object with '" + tagName + "' at " + in.getPath()
                    + ", found " + element);
        }
        JsonObject object = element.getAsJsonObject();
        JsonElement tag = object.get(tagName);
        if (tag == null || !tag.isJsonPrimitive()) {
            throw new JsonParseException("missing '" + tagName + "' at " + in.getPath());
        }
        Class<? extends T> target = types.get(tag.getAsString());
        if (target != null) {
            return gson.getAdapter(target).fromJsonTree(object);
        }
        if (unknown == null) {
            throw new JsonParseException("unknown " + tagName + " '" + tag.getAsString() + "' at " + in.getPath());
        }
        return unknown.create(gson, tag.getAsString(), object);
    }
}
