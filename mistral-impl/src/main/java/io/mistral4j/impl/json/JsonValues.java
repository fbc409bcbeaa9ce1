package io.mistral4j.impl.json;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;

/**
 * Scalar reads for the hand-written adapters, with Gson's own rules for each Java type (a
 * string may come as a number or a boolean, a boolean as a string, a number as a quoted
 * number), except that null for a primitive is its zero instead of an error.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** Gson's {@code String} rule: a string, a number's text, a boolean's text, or null. */
    static String string(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token == JsonToken.BOOLEAN) {
            return Boolean.toString(in.nextBoolean());
        }
        return in.nextString();
    }

    /** The text of an open enum value, or null; anything but a string or number is an error. */
    static String enumText(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextString();
    }

    static int intValue(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return 0;
        }
        return in.nextInt();
    }

    static Integer integerOrNull(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextInt();
    }

    static long longValue(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return 0;
        }
        return in.nextLong();
    }

    /** Gson's {@code Boolean} rule: true/false, a string parsed leniently, or null. */
    static Boolean booleanOrNull(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token == JsonToken.STRING) {
            return Boolean.parseBoolean(in.nextString());
        }
        return in.nextBoolean();
    }

    /** True (and the null consumed) when the next value is null. */
    static boolean skipNull(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return true;
        }
        return false;
    }
}
