package io.mistral4j.impl.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.chat.ReferenceId;
import java.io.IOException;

/**
 * A reference id is a JSON integer or a JSON string; it is written back as it came. A number
 * that is not a whole {@code long} is kept as its text.
 */
final class ReferenceIdAdapter extends TypeAdapter<ReferenceId> {

    @Override
    public void write(JsonWriter out, ReferenceId value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else if (value.isNumeric()) {
            out.value(value.asLong());
        } else {
            out.value(value.value());
        }
    }

    @Override
    public ReferenceId read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        switch (token) {
            case NULL -> {
                in.nextNull();
                return null;
            }
            case STRING -> {
                return ReferenceId.of(in.nextString());
            }
            case NUMBER -> {
                String text = in.nextString();
                try {
                    return ReferenceId.of(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    return ReferenceId.of(text);
                }
            }
            default -> throw new JsonParseException("a reference id is an integer or a string, not " + token
                    + " at " + in.getPath());
        }
    }
}
