package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Collects pydantic-style validation errors of query, path and form parameters (the body has
 * {@link ShapeValidator}) and turns them into the API's 422 answer.
 */
public final class Violations {

    private final List<JsonObject> errors = new ArrayList<>();

    public void add(String type, List<Object> loc, String msg, JsonElement input, JsonObject ctx) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        JsonArray locArray = new JsonArray();
        for (Object part : loc) {
            locArray.add(part instanceof Integer i ? new JsonPrimitive(i) : new JsonPrimitive(part.toString()));
        }
        e.add("loc", locArray);
        e.addProperty("msg", msg);
        e.add("input", input == null ? JsonNull.INSTANCE : input);
        if (ctx != null) {
            e.add("ctx", ctx);
        }
        errors.add(e);
    }

    public void missing(List<Object> loc) {
        add("missing", loc, "Field required", JsonNull.INSTANCE, null);
    }

    /** An enum value error: {@code Input should be 'a', 'b' or 'c'}. */
    public void notOneOf(List<Object> loc, String value, List<String> allowed) {
        String expected = expectedList(allowed);
        JsonObject ctx = new JsonObject();
        ctx.addProperty("expected", expected);
        add("enum", loc, "Input should be " + expected, new JsonPrimitive(value), ctx);
    }

    public void addAll(List<JsonObject> more) {
        errors.addAll(more);
    }

    /** Checks a path parameter declared {@code format: uuid}. */
    public String uuid(String name, String value) {
        try {
            String canonical = UUID.fromString(value).toString();
            if (canonical.equalsIgnoreCase(value)) {
                return value;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        JsonObject ctx = new JsonObject();
        ctx.addProperty("error", "invalid character or length for a UUID");
        add("uuid_parsing", List.of("path", name), "Input should be a valid UUID, invalid character or length",
                new JsonPrimitive(value), ctx);
        return null;
    }

    /** The errors found so far, to hand to readers that add to a list ({@link QueryParams}). */
    public List<JsonObject> list() {
        return errors;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Reply.Json reply() {
        return ApiErrors.validation(errors);
    }

    static String expectedList(List<String> values) {
        List<String> quoted = values.stream().map(v -> "'" + v + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
