package io.mistral4j.tck.simulator.routes.connectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Violations;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/** The field rules of the connector bodies beyond their shapes, reported as pydantic reports them. */
final class ConnectorChecks {

    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private ConnectorChecks() {
    }

    /** A string field, when present, matches {@link #NAME}. */
    static void name(JsonObject body, String field, List<Object> loc, Violations violations) {
        JsonElement value = body.get(field);
        if (Json.isString(value) && !NAME.matcher(value.getAsString()).matches()) {
            JsonObject ctx = new JsonObject();
            ctx.addProperty("pattern", shownPattern());
            violations.add("string_pattern_mismatch", loc, "String should match pattern '" + shownPattern() + "'",
                    value, ctx);
        }
    }

    /** The name pattern as pydantic shows it, anchored. */
    static String shownPattern() {
        return "^" + NAME.pattern() + "$";
    }

    /** A string field, when present, is an absolute http(s) URL. */
    static void url(JsonObject body, String field, List<Object> loc, Violations violations) {
        JsonElement value = body.get(field);
        if (!Json.isString(value)) {
            return;
        }
        String text = value.getAsString();
        boolean ok;
        try {
            URI uri = new URI(text);
            ok = uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            ok = false;
        }
        if (!ok) {
            JsonObject ctx = new JsonObject();
            ctx.addProperty("error", "relative URL without a base");
            violations.add("url_parsing", loc, "Input should be a valid URL, relative URL without a base",
                    new JsonPrimitive(text), ctx);
        }
    }
}
