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

    /** Raised internally to give up; never escapes. */
    private static final class GiveUp extends RuntimeException {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private final Gson gson;
    /** The size of the last vector read, as the first guess for the next (a stale value only costs a copy). */
    private volatile int expectedDimension = 1024;

    EmbeddingResponseReader(Gson gson) {
        this.gson = gson;
    }

    /** The answer, or null when the text is not the plain shape this reader knows. */
    EmbeddingResponse read(String json) {
        try {
            Cursor cursor = new Cursor(json);
            EmbeddingResponse response = response(cursor);
            cursor.skipWhitespace();
            return cursor.atEnd() ? response : null;
        } catch (GiveUp | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private EmbeddingResponse response(Cursor in) {
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

    private List<Embedding> embeddings(Cursor in) {
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

    private Embedding embedding(Cursor in) {
        if (in.consumeNull()) {
            throw GiveUp.INSTANCE; // a null element: let Gson say what is wrong
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
            throw GiveUp.INSTANCE;
        }
        return new Embedding(object, vector, index);
    }

    private float[] numbers(Cursor in) {
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
            throw GiveUp.INSTANCE;
        }
        if (bytes.length % Float.BYTES != 0) {
            throw GiveUp.INSTANCE;
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    /** A position in the text, with the few JSON reads the answer needs. */
    private static final class Cursor {
        /** Beyond this a significand is past 2^53 anyway, and one more digit could overflow a long. */
        private static final long OVERFLOW_GUARD = Long.MAX_VALUE / 10;

        private final String text;
        private final int length;
        private int at;

        Cursor(String text) {
            this.text = text;
            this.length = text.length();
        }

        int position() {
            return at;
        }

        String text(int from) {
            return text.substring(from, at);
        }

        boolean atEnd() {
            return at == length;
        }

        void skipWhitespace() {
            while (at < length) {
                char c = text.charAt(at);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                at++;
            }
        }

        char peek() {
            skipWhitespace();
            return text.charAt(at);
        }

        void expect(char c) {
            if (peek() != c) {
                throw GiveUp.INSTANCE;
            }
            at++;
        }

        boolean consumeIf(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        boolean consumeNull() {
            if (peek() == 'n' && text.startsWith("null", at)) {
                at += 4;
                return true;
            }
            return false;
        }

        String key() {
            String key = string();
            expect(':');
            return key;
        }

        String stringOrNull() {
            return consumeNull() ? null : string();
        }

        /** A string without escapes; one with escapes is left to Gson. */
        String string() {
            expect('"');
            int start = at;
            while (true) {
                char c = text.charAt(at);
                if (c == '"') {
                    return text.substring(start, at++);
                }
                if (c == '\\' || c < 0x20) {
                    throw GiveUp.INSTANCE;
                }
                at++;
            }
        }

        int integer() {
            int start = numberEnd();
            return Integer.parseInt(text, start, at, 10);
        }

        /**
         * A number, scanned and converted in one pass; those beyond the fast path (such as 17
         * significant digits) and those with an exponent are parsed by {@link FloatText}.
         */
        float floatNumber() {
            skipWhitespace();
            int start = at;
            boolean negative = text.charAt(at) == '-';
            if (negative) {
                at++;
            }
            long mantissa = 0;
            int exponent = 0;
            int digits = 0;
            boolean overflow = false;
            char c;
            while (at < length && (c = text.charAt(at)) >= '0' && c <= '9') {
                if (mantissa < OVERFLOW_GUARD) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    overflow = true;
                }
                digits++;
                at++;
            }
            if (at < length && text.charAt(at) == '.') {
                at++;
                int fraction = 0;
                while (at < length && (c = text.charAt(at)) >= '0' && c <= '9') {
                    if (mantissa < OVERFLOW_GUARD) {
                        mantissa = mantissa * 10 + (c - '0');
                        exponent--;
                    } else {
                        overflow = true;
                    }
                    fraction++;
                    at++;
                }
                if (fraction == 0) {
                    throw GiveUp.INSTANCE;
                }
                digits += fraction;
            }
            if (digits == 0) {
                throw GiveUp.INSTANCE;
            }
            if (at < length && ((c = text.charAt(at)) == 'e' || c == 'E')) {
                // Rare in these answers: the whole number is parsed in full.
                numberEnd();
                return FloatText.parse(text, start, at);
            }
            float value = overflow ? Float.NaN : FloatText.fromParts(mantissa, exponent, negative);
            return Float.isNaN(value) ? FloatText.inFull(text, start, at) : value;
        }

        /** Moves past a number's characters; the start of the number. */
        private int numberEnd() {
            skipWhitespace();
            int start = at;
            while (at < length) {
                char c = text.charAt(at);
                if ((c >= '0' && c <= '9') || c == '-' || c == '.' || c == 'e' || c == 'E' || c == '+') {
                    at++;
                } else {
                    break;
                }
            }
            if (at == start) {
                throw GiveUp.INSTANCE;
            }
            return start;
        }

        /** Skips any JSON value, checking only what it must to find its end. */
        void skipValue() {
            char c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                int depth = 0;
                do {
                    char d = text.charAt(at);
                    if (d == '"') {
                        skipString();
                        continue;
                    }
                    if (d == '{' || d == '[') {
                        depth++;
                    } else if (d == '}' || d == ']') {
                        depth--;
                    }
                    at++;
                } while (depth > 0);
            } else if (consumeNull() || literal("true") || literal("false")) {
                return;
            } else {
                numberEnd();
            }
        }

        private boolean literal(String word) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return true;
            }
            return false;
        }

        private void skipString() {
            at++; // the opening quote
            while (true) {
                char c = text.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '"') {
                    return;
                }
            }
        }
    }
}
