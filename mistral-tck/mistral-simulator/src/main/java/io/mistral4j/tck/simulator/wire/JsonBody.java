package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.List;

/** A request body parsed as a JSON object, or the error reply saying why it is not one. */
public record JsonBody(JsonObject object, Reply error) {

    public static JsonBody parse(String text) {
        if (text.isBlank()) {
            JsonObject missing = new JsonObject();
            missing.addProperty("type", "missing");
            JsonArray loc = new JsonArray();
            loc.add("body");
            missing.add("loc", loc);
            missing.addProperty("msg", "Field required");
            missing.add("input", JsonNull.INSTANCE);
            return new JsonBody(null, ApiErrors.validation(List.of(missing)));
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            return new JsonBody(null, ApiErrors.badRequest("Invalid JSON in request body"));
        }
        if (!parsed.isJsonObject()) {
            return new JsonBody(null, ApiErrors.badRequest("Request body must be a JSON object"));
        }
        return new JsonBody(parsed.getAsJsonObject(), null);
    }
}
