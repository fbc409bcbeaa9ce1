package io.mistral4j.impl.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.embeddings.Embedding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads {@code {"object":"embedding","embedding":...,"index":0}} straight into an
 * {@link Embedding}'s {@code float[]}, without boxing: the {@code embedding} is either a JSON
 * number array or a base64 string of little-endian float32 values (the OpenAI-compatible
 * convention for {@code encoding_format: base64}, unverified against the live API). Writes
 * the number array form. Thread-safe.
 */
final class EmbeddingAdapter extends TypeAdapter<Embedding> {

    private static final int FLOAT_BYTES = Float.BYTES;

    /**
     * The size of the last vector read, so the next one (usually the same size) is read into
     * an array of the right length with no copy. A stale value from another thread only costs
     * a copy.
     */
    private volatile int expectedDimension = 1024;

    @Override
    public void write(JsonWriter out, Embedding value) throws IOException {
        if (value == null) {
            out.nullValue();
            return;
        }
        out.beginObject();
        if (value.object() != null) {
            out.name("object").value(value.object());
        }
        out.name("embedding").beginArray();
        for (float f : value.vector()) {
            out.value(f);
        }
        out.endArray();
        out.name("index").value(value.index());
        out.endObject();
    }

    @Override
    public Embedding read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        String object = null;
        float[] vector = null;
        int index = 0;
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                continue;
            }
            switch (name) {
                case "object" -> object = in.nextString();
                case "index" -> index = in.nextInt();
                case "embedding" -> vector = in.peek() == JsonToken.STRING ? decodeBase64(in) : readNumbers(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (vector == null) {
            throw new JsonParseException("embedding " + index + " has no 'embedding' at " + in.getPath());
        }
        return new Embedding(object, vector, index);
    }

    private float[] readNumbers(JsonReader in) throws IOException {
        float[] values = new float[Math.max(1, expectedDimension)];
        int size = 0;
        in.beginArray();
        while (in.hasNext()) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = FloatText.parse(in.nextString());
        }
        in.endArray();
        expectedDimension = size;
        return size == values.length ? values : Arrays.copyOf(values, size);
    }

    private static float[] decodeBase64(JsonReader in) throws IOException {
        String text = in.nextString();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new JsonParseException("embedding is neither a number array nor valid base64 at " + in.getPath(), e);
        }
        if (bytes.length % FLOAT_BYTES != 0) {
            throw new JsonParseException("base64 embedding of " + bytes.length + " bytes is not a whole number of "
                    + "float32 values at " + in.getPath());
        }
        float[] values = new float[bytes.length / FLOAT_BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
