package io.mistral4j.tck.simulator.wire;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Shared JSON serialisation and small tree helpers. */
public final class Json {

    /** Nulls are kept because the wire shapes contain explicit {@code null}s ({@code "param":null}). */
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }

    public static String write(JsonElement element) {
        return GSON.toJson(element);
    }

    public static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    public static boolean isNumber(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    public static boolean isBoolean(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean();
    }

    /** The member if it is a string, else {@code null}. */
    public static String string(JsonObject o, String name) {
        JsonElement e = o == null ? null : o.get(name);
        return isString(e) ? e.getAsString() : null;
    }

    /** The member if it is an object, else {@code null}. */
    public static JsonObject object(JsonObject o, String name) {
        JsonElement e = o == null ? null : o.get(name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** The member if it is an array, else {@code null}. */
    public static JsonArray array(JsonObject o, String name) {
        JsonElement e = o == null ? null : o.get(name);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : null;
    }

    /** A JSON number without a spurious ".0" for whole values. */
    public static JsonPrimitive number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return new JsonPrimitive((long) value);
        }
        return new JsonPrimitive(value);
    }
}
