package io.mistral4j.impl.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an {@link Instant} from an ISO-8601 date-time (with an offset, or without one, taken as
 * UTC, as Python's {@code isoformat()} writes naive times) or from epoch seconds; writes ISO-8601 UTC.
 */
final class InstantAdapter extends TypeAdapter<Instant> {

    @Override
    public void write(JsonWriter out, Instant value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else {
            out.value(value.toString());
        }
    }

    @Override
    public Instant read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token == JsonToken.NUMBER) {
            return Instant.ofEpochSecond(in.nextLong());
        }
        String text = in.nextString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException naive) {
                throw new JsonParseException("not an ISO-8601 date-time at " + in.getPath() + ": '" + text + "'",
                        withOffset);
            }
        }
    }
}
