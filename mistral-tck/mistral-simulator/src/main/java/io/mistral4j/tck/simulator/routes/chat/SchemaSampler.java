package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Produces one JSON value that validates against a JSON schema: tool-call arguments and
 * structured output. Covers the schema features tool definitions use in practice: objects
 * (every property; required ones always), strings with {@code format} and length bounds,
 * bounded numbers, booleans, arrays with {@code minItems}/{@code maxItems}, {@code enum},
 * {@code const}, {@code default}, {@code $ref} into {@code $defs}/{@code definitions},
 * {@code allOf} (merged), {@code anyOf}/{@code oneOf} (first non-null branch) and nullable
 * types. Not covered: {@code pattern}, {@code not}, {@code if/then/else}, {@code contains}.
 */
public final class SchemaSampler {

    /** Beyond this depth only required properties and minimum array sizes are produced, so recursive schemas end. */
    private static final int SOFT_DEPTH = 6;
    private static final int HARD_DEPTH = 32;

    private final JsonElement root;
    private final SampleHints hints;

    SchemaSampler(JsonElement root, SampleHints hints) {
        this.root = root;
        this.hints = hints;
    }

    public static JsonElement sample(JsonElement schema, SampleHints hints) {
        return new SchemaSampler(schema, hints).sample(schema, "", 0);
    }

    private JsonElement sample(JsonElement schemaElement, String name, int depth) {
        if (depth > HARD_DEPTH || schemaElement == null || !schemaElement.isJsonObject()) {
            // true or a missing schema accepts anything; false accepts nothing, null is as good as any.
            return Json.isBoolean(schemaElement) && schemaElement.getAsBoolean()
                    ? new JsonPrimitive(hints.stringFor(name)) : JsonNull.INSTANCE;
        }
        JsonObject s = resolve(schemaElement.getAsJsonObject());
        if (s.has("const")) {
            return s.get("const").deepCopy();
        }
        JsonArray enumValues = Json.array(s, "enum");
        if (enumValues != null && !enumValues.isEmpty()) {
            return chooseEnum(enumValues);
        }
        if (s.has("default") && !s.get("default").isJsonNull()) {
            return s.get("default").deepCopy();
        }
        JsonArray branches = Json.array(s, "anyOf") != null ? Json.array(s, "anyOf") : Json.array(s, "oneOf");
        if (branches != null && !branches.isEmpty()) {
            return sample(chooseBranch(branches, depth), name, depth);
        }
        return switch (chooseType(s, depth)) {
            case "object" -> sampleObject(s, depth);
            case "array" -> sampleArray(s, name, depth);
            case "integer" -> sampleNumber(s, true);
            case "number" -> sampleNumber(s, false);
            case "boolean" -> new JsonPrimitive(true);
            case "null" -> JsonNull.INSTANCE;
            default -> sampleString(s, name);
        };
    }

    private JsonElement sampleObject(JsonObject s, int depth) {
        JsonObject out = new JsonObject();
        JsonObject properties = Json.object(s, "properties");
        Set<String> required = new HashSet<>();
        JsonArray requiredArray = Json.array(s, "required");
        if (requiredArray != null) {
            requiredArray.forEach(r -> required.add(r.getAsString()));
        }
        if (properties != null) {
            for (Map.Entry<String, JsonElement> p : properties.entrySet()) {
                if (depth < SOFT_DEPTH || required.contains(p.getKey())) {
                    out.add(p.getKey(), sample(p.getValue(), p.getKey(), depth + 1));
                }
            }
        }
        JsonElement additional = s.get("additionalProperties");
        JsonElement extraSchema = additional != null && additional.isJsonObject() ? additional : null;
        for (String r : required) {
            if (!out.has(r)) {
                out.add(r, extraSchema != null ? sample(extraSchema, r, depth + 1) : new JsonPrimitive(hints.stringFor(r)));
            }
        }
        int minProperties = intOr(s, "minProperties", 0);
        for (int i = 1; out.size() < minProperties && i <= minProperties; i++) {
            out.add("key" + i, extraSchema != null ? sample(extraSchema, "key", depth + 1) : new JsonPrimitive("example"));
        }
        return out;
    }

    private JsonElement sampleArray(JsonObject s, String name, int depth) {
        int min = intOr(s, "minItems", 0);
        int count = depth < SOFT_DEPTH ? Math.max(min, 1) : min;
        if (s.has("maxItems")) {
            count = Math.min(count, s.get("maxItems").getAsInt());
        }
        JsonArray tuple = Json.array(s, "prefixItems") != null ? Json.array(s, "prefixItems") : Json.array(s, "items");
        JsonElement items = s.get("items") != null && !s.get("items").isJsonArray() ? s.get("items") : null;
        boolean unique = Json.isBoolean(s.get("uniqueItems")) && s.get("uniqueItems").getAsBoolean();
        JsonArray out = new JsonArray();
        if (tuple != null) {
            for (JsonElement itemSchema : tuple) {
                out.add(sample(itemSchema, name, depth + 1));
            }
            if (items != null) {
                count = Math.max(count, out.size());
            }
        }
        while (out.size() < count) {
            JsonElement element = sample(items != null ? items : new JsonObject(), name, depth + 1);
            out.add(unique ? distinct(element, out.size()) : element);
        }
        return out;
    }

    private JsonElement sampleString(JsonObject s, String name) {
        String format = Json.string(s, "format");
        String value = format == null ? hints.stringFor(name) : switch (format) {
            case "date" -> "2025-01-15";
            case "date-time" -> "2025-01-15T10:30:00Z";
            case "time" -> "10:30:00";
            case "duration" -> "PT1H";
            case "email", "idn-email" -> hints.stringFor("email");
            case "uri", "url", "iri", "uri-reference", "iri-reference" -> hints.stringFor("url");
            case "uuid" -> "123e4567-e89b-42d3-a456-426614174000";
            case "ipv4" -> "192.0.2.1";
            case "ipv6" -> "2001:db8::1";
            case "hostname", "idn-hostname" -> "example.com";
            default -> hints.stringFor(name);
        };
        int minLength = intOr(s, "minLength", 0);
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < minLength) {
            padded.append('x');
        }
        value = padded.toString();
        if (s.has("maxLength") && value.length() > s.get("maxLength").getAsInt()) {
            value = value.substring(0, s.get("maxLength").getAsInt());
        }
        return new JsonPrimitive(value);
    }

    private JsonElement sampleNumber(JsonObject s, boolean whole) {
        Double lo = doubleOr(s, "minimum");
        Double hi = doubleOr(s, "maximum");
        boolean loExclusive = false;
        boolean hiExclusive = false;
        // Draft 6+ gives exclusive bounds as numbers; draft 4 as booleans next to minimum/maximum.
        if (Json.isNumber(s.get("exclusiveMinimum"))) {
            lo = s.get("exclusiveMinimum").getAsDouble();
            loExclusive = true;
        } else if (Json.isBoolean(s.get("exclusiveMinimum"))) {
            loExclusive = s.get("exclusiveMinimum").getAsBoolean();
        }
        if (Json.isNumber(s.get("exclusiveMaximum"))) {
            hi = s.get("exclusiveMaximum").getAsDouble();
            hiExclusive = true;
        } else if (Json.isBoolean(s.get("exclusiveMaximum"))) {
            hiExclusive = s.get("exclusiveMaximum").getAsBoolean();
        }
        double step = whole ? 1 : 0.5;
        Double low = lo == null ? null : loExclusive ? lo + (whole ? 1 : Math.min(step, gap(lo, hi))) : lo;
        Double high = hi == null ? null : hiExclusive ? hi - (whole ? 1 : Math.min(step, gap(lo, hi))) : hi;
        if (whole) {
            low = low == null ? null : Math.ceil(low);
            high = high == null ? null : Math.floor(high);
        }
        Double fromText = hints.number(low, high, whole);
        double value = fromText != null ? fromText : 1;
        if (low != null && value < low) {
            value = low;
        }
        if (high != null && value > high) {
            value = high;
        }
        Double multipleOf = doubleOr(s, "multipleOf");
        if (multipleOf != null && multipleOf > 0) {
            double up = Math.ceil(value / multipleOf) * multipleOf;
            value = high == null || up <= high ? up : Math.floor(value / multipleOf) * multipleOf;
        }
        return whole ? new JsonPrimitive((long) value) : Json.number(value);
    }

    /** Resolves {@code $ref} (siblings override the target) and merges {@code allOf}. */
    private JsonObject resolve(JsonObject schema) {
        JsonObject s = schema;
        for (int hops = 0; Json.isString(s.get("$ref")) && hops < HARD_DEPTH; hops++) {
            JsonElement target = pointer(s.get("$ref").getAsString());
            JsonObject merged = target != null && target.isJsonObject() ? target.getAsJsonObject().deepCopy() : new JsonObject();
            for (Map.Entry<String, JsonElement> e : s.entrySet()) {
                if (!e.getKey().equals("$ref")) {
                    merged.add(e.getKey(), e.getValue());
                }
            }
            s = merged;
        }
        JsonArray allOf = Json.array(s, "allOf");
        if (allOf == null) {
            return s;
        }
        JsonObject merged = s.deepCopy();
        merged.remove("allOf");
        for (JsonElement part : allOf) {
            if (part.isJsonObject()) {
                mergeInto(merged, resolve(part.getAsJsonObject()));
            }
        }
        return resolve(merged);
    }

    private static void mergeInto(JsonObject target, JsonObject part) {
        for (Map.Entry<String, JsonElement> e : part.entrySet()) {
            String key = e.getKey();
            if (key.equals("properties") && target.has(key) && e.getValue().isJsonObject()) {
                e.getValue().getAsJsonObject().entrySet().forEach(p -> target.getAsJsonObject(key).add(p.getKey(), p.getValue()));
            } else if (key.equals("required") && target.has(key) && e.getValue().isJsonArray()) {
                e.getValue().getAsJsonArray().forEach(r -> {
                    if (!target.getAsJsonArray(key).contains(r)) {
                        target.getAsJsonArray(key).add(r);
                    }
                });
            } else if (!target.has(key)) {
                target.add(key, e.getValue().deepCopy());
            }
        }
    }

    /** Local JSON pointers only ({@code #}, {@code #/$defs/X}, {@code #/definitions/X}, ...). */
    private JsonElement pointer(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        JsonElement current = root;
        for (String raw : ref.substring(1).split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String token = URLDecoder.decode(raw, StandardCharsets.UTF_8).replace("~1", "/").replace("~0", "~");
            if (current == null || !current.isJsonObject()) {
                return null;
            }
            current = current.getAsJsonObject().get(token);
        }
        return current;
    }

    private JsonElement chooseEnum(JsonArray values) {
        String mentioned = hints.mentioned(values);
        if (mentioned != null) {
            return new JsonPrimitive(mentioned);
        }
        for (JsonElement v : values) {
            if (!v.isJsonNull()) {
                return v.deepCopy();
            }
        }
        return JsonNull.INSTANCE;
    }

    /** The first branch that is not plain null; deep in a recursive schema, null itself if allowed. */
    private JsonElement chooseBranch(JsonArray branches, int depth) {
        JsonElement nullBranch = null;
        for (JsonElement b : branches) {
            if (isNullSchema(b)) {
                nullBranch = b;
            }
        }
        if (depth >= SOFT_DEPTH && nullBranch != null) {
            return nullBranch;
        }
        for (JsonElement b : branches) {
            if (!isNullSchema(b)) {
                return b;
            }
        }
        return branches.get(0);
    }

    private boolean isNullSchema(JsonElement b) {
        return b.isJsonObject() && "null".equals(Json.string(resolve(b.getAsJsonObject()), "type"));
    }

    private static String chooseType(JsonObject s, int depth) {
        JsonElement type = s.get("type");
        if (Json.isString(type)) {
            return type.getAsString();
        }
        if (type != null && type.isJsonArray() && !type.getAsJsonArray().isEmpty()) {
            String first = null;
            boolean nullable = false;
            for (JsonElement t : type.getAsJsonArray()) {
                if ("null".equals(t.getAsString())) {
                    nullable = true;
                } else if (first == null) {
                    first = t.getAsString();
                }
            }
            return first == null || (nullable && depth >= SOFT_DEPTH) ? "null" : first;
        }
        if (s.has("properties") || s.has("required") || s.has("additionalProperties")) {
            return "object";
        }
        if (s.has("items") || s.has("prefixItems") || s.has("minItems")) {
            return "array";
        }
        if (s.has("minimum") || s.has("maximum") || s.has("multipleOf")) {
            return "number";
        }
        return "string";
    }

    /** Makes the i-th element of a uniqueItems array differ from the earlier ones. */
    private static JsonElement distinct(JsonElement element, int i) {
        if (i == 0 || !element.isJsonPrimitive()) {
            return element;
        }
        JsonPrimitive p = element.getAsJsonPrimitive();
        if (p.isString()) {
            return new JsonPrimitive(p.getAsString() + "-" + (i + 1));
        }
        if (p.isNumber()) {
            return Json.number(p.getAsDouble() + i);
        }
        return element;
    }

    private static double gap(Double lo, Double hi) {
        return lo != null && hi != null ? (hi - lo) / 2 : 1;
    }

    private static int intOr(JsonObject s, String key, int fallback) {
        return Json.isNumber(s.get(key)) ? s.get(key).getAsInt() : fallback;
    }

    private static Double doubleOr(JsonObject s, String key) {
        return Json.isNumber(s.get(key)) ? s.get(key).getAsDouble() : null;
    }
}
