package io.mistral4j.tck.simulator.wire;


import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * A request body parsed as a JSON object and checked against its {@link Shape}, or the reply
 * the API gives when it is not one (400 for bad JSON, 422 with every violation).
 */
public record ValidatedBody(JsonObject object, Reply error) {

    public static ValidatedBody of(ApiRequest request, Shape shape) {
        JsonBody body = JsonBody.parse(request.body());
        if (body.error() != null) {
            return new ValidatedBody(null, body.error());
        }
        List<JsonObject> violations = ShapeValidator.validate(shape, body.object(), "body");
        if (!violations.isEmpty()) {
            return new ValidatedBody(null, ApiErrors.validation(violations));
        }
        return new ValidatedBody(body.object(), null);
    }

    /** A field that is a string or a list of strings, as a list; empty when absent or null. */
    public static List<String> strings(JsonObject object, String field) {
        JsonElement value = object.get(field);
        List<String> out = new ArrayList<>();
        if (Json.isString(value)) {
            out.add(value.getAsString());
        } else if (value != null && value.isJsonArray()) {
            value.getAsJsonArray().forEach(item -> out.add(item.getAsString()));
        }
        return out;
    }

    /** An integer field, or null when absent or null. */
    public static Integer integer(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return Json.isNumber(value) ? value.getAsInt() : null;
    }

    /** A boolean field, false when absent or null. */
    public static boolean flag(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return Json.isBoolean(value) && value.getAsBoolean();
    }
}
