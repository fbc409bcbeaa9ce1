package io.mistral4j.impl.json;

import com.google.gson.Gson;
import io.mistral4j.chat.Usage;
import io.mistral4j.embeddings.Embedding;
import io.mistral4j.embeddings.EmbeddingResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reads an embeddings answer straight from its text, in one pass and without a tokenizer: each
 * vector's numbers are parsed where they stand into its {@code float[]} (or its base64 string
 * decoded into it), which is most of the work of a 32 x 1024 answer. Everything else is read as
 * {@link EmbeddingAdapter} and Gson read it; {@code usage} is handed to Gson as it is small. On
 * anything unexpected (bad JSON, an escaped key, a number that is not one) it gives up and
 * returns null, and the caller reads the text with Gson, which then reports the problem.
 * Thread-safe.
 */
final class EmbeddingResponseReader {

    private final Gson gson;
    /** The size of the last vector read, as the first guess for the next (a stale value only costs a copy). */
    private volatile int expectedDimension = 1024;

    EmbeddingResponseReader(Gson gson) {
        this.gson = gson;
    }

    /** The answer, or null when the text is not the plain shape this reader knows. */
    EmbeddingResponse read(String json) {
        try {
            JsonCursor cursor = new JsonCursor(json);
            EmbeddingResponse response = response(cursor);
            cursor.skipWhitespace();
            return cursor.atEnd() ? response : null;
        } catch (JsonCursor.GiveUp | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private EmbeddingResponse response(JsonCursor in) {
        String id = null;
        String object = null;
        String model = null;
        Usage usage = null;
        List<Embedding> data = null;
        in.expect('{');
        if (!in.consumeIf('}')) {
            do {
                String name = in.key();
                switch (name) {
                    case "id" -> id = in.stringOrNull();
                    case "object" -> object = in.stringOrNull();
                    case "model" -> model = in.stringOrNull();
                    case "usage" -> {
                        int start = in.position();
                        in.skipValue();
                        usage = gson.fromJson(in.text(start), Usage.class);
                    }
                    case "data" -> data = embeddings(in);
                    default -> in.skipValue();
                }
            } while (in.consumeIf(','));
            in.expect('}');
        }
        return new EmbeddingResponse(id, object, model, usage, data);
    }

    private List<Embedding> embeddings(JsonCursor in) {
        if (in.consumeNull()) {
            return null;
        }
        List<Embedding> embeddings = new ArrayList<>();
        in.expect('[');
        if (!in.consumeIf(']')) {
            do {
                embeddings.add(embedding(in));
            } while (in.consumeIf(','));
            in.expect(']');
        }
        return embeddings;
    }

    private Embedding embedding(JsonCursor in) {
        if (in.consumeNull()) {
            throw JsonCursor.GiveUp.INSTANCE; // a null element: let Gson say what is wrong
        }
        String object = null;
        float[] vector = null;
        int index = 0;
        in.expect('{');
        if (!in.consumeIf('}')) {
            do {
                String name = in.key();
                if (in.consumeNull()) {
                    continue; // null members are absent, as EmbeddingAdapter reads them
                }
                switch (name) {
                    case "object" -> object = in.string();
                    case "index" -> index = in.integer();
                    case "embedding" -> vector = in.peek() == '"' ? base64(in.string()) : numbers(in);
                    default -> in.skipValue();
                }
            } while (in.consumeIf(','));
            in.expect('}');
        }
        if (vector == null) {
            throw JsonCursor.GiveUp.INSTANCE;
        }
        return new Embedding(object, vector, index);
    }

    private float[] numbers(JsonCursor in) {
        float[] values = new float[Math.max(1, expectedDimension)];
        int size = 0;
        in.expect('[');
        if (!in.consumeIf(']')) {
            do {
                if (size == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[size++] = in.floatNumber();
            } while (in.consumeIf(','));
            in.expect(']');
        }
        expectedDimension = size;
        return size == values.length ? values : Arrays.copyOf(values, size);
    }

    private static float[] base64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw JsonCursor.GiveUp.INSTANCE;
        }
        if (bytes.length % Float.BYTES != 0) {
            throw JsonCursor.GiveUp.INSTANCE;
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
