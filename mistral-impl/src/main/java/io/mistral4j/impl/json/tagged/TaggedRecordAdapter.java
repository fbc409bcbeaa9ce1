package io.mistral4j.impl.json.tagged;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.function.Function;

/** Writes a record with its tag first; reads it ignoring the tag (the type is already known). */
public final class TaggedRecordAdapter<T> extends TypeAdapter<T> {

    private final TypeAdapter<T> delegate;
    private final TypeAdapter<JsonElement> elements;
    private final String tagName;
    private final Function<T, String> tagOf;

    /** @param delegate the record's own (reflective) adapter */
    public TaggedRecordAdapter(TypeAdapter<T> delegate, Gson gson, String tagName, Function<T, String> tagOf) {
        this.delegate = delegate;
        this.elements = gson.getAdapter(JsonElement.class);
        this.tagName = tagName;
        this.tagOf = tagOf;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
        JsonObject tagged = new JsonObject();
        tagged.addProperty(tagName, tagOf.apply(value));
        delegate.toJsonTree(value).getAsJsonObject().entrySet().forEach(e -> {
            // Records hold "no tool calls" as an empty list; on the wire that is an absent field.
            if (!(e.getKey().equals("tool_calls") && e.getValue().isJsonArray()
                    && e.getValue().getAsJsonArray().isEmpty())) {
                tagged.add(e.getKey(), e.getValue());
            }
        });
        elements.write(out, tagged);
    }

    @Override
    public T read(JsonReader in) throws IOException {
        return delegate.read(in);
    }
}
