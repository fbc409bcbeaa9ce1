package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent, minimal JSON-schema checker for the tests (type, properties, required,
 * additionalProperties, enum, const, items, prefixItems, min/maxItems, uniqueItems, bounds,
 * lengths, $ref, allOf/anyOf/oneOf, date formats). Returns the problems found.
 */
public final class JsonSchemaCheck {

    private final JsonElement root;
    private final List<String> problems = new ArrayList<>();

    private JsonSchemaCheck(JsonElement root) {
        this.root = root;
    }

    public static List<String> problems(JsonElement schema, JsonElement value) {
        JsonSchemaCheck check = new JsonSchemaCheck(schema);
        check.check(schema, value, "$");
        return check.problems;
    }

    private boolean valid(JsonElement schema, JsonElement value) {
        JsonSchemaCheck sub = new JsonSchemaCheck(root);
        sub.check(schema, value, "$");
        return sub.problems.isEmpty();
    }

    private void check(JsonElement schemaElement, JsonElement value, String at) {
        if (schemaElement == null || !schemaElement.isJsonObject()) {
            if (schemaElement != null && schemaElement.isJsonPrimitive() && !schemaElement.getAsBoolean()) {
                problems.add(at + ": false schema");
            }
            return;
        }
        JsonObject s = schemaElement.getAsJsonObject();
        if (s.has("$ref")) {
            JsonElement target = root;
            for (String part : s.get("$ref").getAsString().substring(1).split("/")) {
                if (!part.isEmpty()) {
                    target = target.getAsJsonObject().get(part);
                }
            }
            check(target, value, at);
        }
        if (s.has("const") && !s.get("const").equals(value)) {
            problems.add(at + ": not const");
        }
        if (s.has("enum") && !s.getAsJsonArray("enum").contains(value)) {
            problems.add(at + ": not in enum " + s.get("enum"));
        }
        if (s.has("type") && !typeMatches(s.get("type"), value)) {
            problems.add(at + ": expected type " + s.get("type") + " but got " + value);
            return;
        }
        if (s.has("allOf")) {
            s.getAsJsonArray("allOf").forEach(b -> check(b, value, at));
        }
        if (s.has("anyOf") && s.getAsJsonArray("anyOf").asList().stream().noneMatch(b -> valid(b, value))) {
            problems.add(at + ": matches no anyOf branch");
        }
        if (s.has("oneOf") && s.getAsJsonArray("oneOf").asList().stream().filter(b -> valid(b, value)).count() != 1) {
            problems.add(at + ": does not match exactly one oneOf branch");
        }
        if (value.isJsonObject()) {
            checkObject(s, value.getAsJsonObject(), at);
        } else if (value.isJsonArray()) {
            checkArray(s, value.getAsJsonArray(), at);
        } else if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            double n = value.getAsDouble();
            if (s.has("minimum") && n < s.get("minimum").getAsDouble()) {
                problems.add(at + ": below minimum");
            }
            if (s.has("maximum") && n > s.get("maximum").getAsDouble()) {
                problems.add(at + ": above maximum");
            }
            if (s.has("exclusiveMinimum") && n <= s.get("exclusiveMinimum").getAsDouble()) {
                problems.add(at + ": not above exclusiveMinimum");
            }
            if (s.has("exclusiveMaximum") && n >= s.get("exclusiveMaximum").getAsDouble()) {
                problems.add(at + ": not below exclusiveMaximum");
            }
        } else if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String str = value.getAsString();
            if (s.has("minLength") && str.length() < s.get("minLength").getAsInt()) {
                problems.add(at + ": shorter than minLength");
            }
            if (s.has("maxLength") && str.length() > s.get("maxLength").getAsInt()) {
                problems.add(at + ": longer than maxLength");
            }
            if ("date".equals(stringOf(s, "format")) && !str.matches("\\d{4}-\\d{2}-\\d{2}")) {
                problems.add(at + ": not a date");
            }
            if ("date-time".equals(stringOf(s, "format")) && !str.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
                problems.add(at + ": not a date-time");
            }
            if ("email".equals(stringOf(s, "format")) && !str.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(at + ": not an email");
            }
        }
    }

    private void checkObject(JsonObject s, JsonObject value, String at) {
        JsonObject properties = s.has("properties") ? s.getAsJsonObject("properties") : new JsonObject();
        if (s.has("required")) {
            for (JsonElement r : s.getAsJsonArray("required")) {
                if (!value.has(r.getAsString())) {
                    problems.add(at + ": missing required " + r.getAsString());
                }
            }
        }
        for (Map.Entry<String, JsonElement> member : value.entrySet()) {
            if (properties.has(member.getKey())) {
                check(properties.get(member.getKey()), member.getValue(), at + "." + member.getKey());
            } else if (s.has("additionalProperties")) {
                JsonElement extra = s.get("additionalProperties");
                if (extra.isJsonPrimitive() && !extra.getAsBoolean()) {
                    problems.add(at + ": unexpected property " + member.getKey());
                } else if (extra.isJsonObject()) {
                    check(extra, member.getValue(), at + "." + member.getKey());
                }
            }
        }
        if (s.has("minProperties") && value.size() < s.get("minProperties").getAsInt()) {
            problems.add(at + ": fewer than minProperties");
        }
    }

    private void checkArray(JsonObject s, JsonArray value, String at) {
        if (s.has("minItems") && value.size() < s.get("minItems").getAsInt()) {
            problems.add(at + ": fewer than minItems");
        }
        if (s.has("maxItems") && value.size() > s.get("maxItems").getAsInt()) {
            problems.add(at + ": more than maxItems");
        }
        if (s.has("uniqueItems") && s.get("uniqueItems").getAsBoolean()) {
            Set<JsonElement> seen = new HashSet<>();
            value.forEach(v -> {
                if (!seen.add(v)) {
                    problems.add(at + ": duplicate item " + v);
                }
            });
        }
        JsonArray prefix = s.has("prefixItems") ? s.getAsJsonArray("prefixItems") : null;
        for (int i = 0; i < value.size(); i++) {
            if (prefix != null && i < prefix.size()) {
                check(prefix.get(i), value.get(i), at + "[" + i + "]");
            } else if (s.has("items")) {
                check(s.get("items"), value.get(i), at + "[" + i + "]");
            }
        }
    }

    private static boolean typeMatches(JsonElement type, JsonElement value) {
        if (type.isJsonArray()) {
            return type.getAsJsonArray().asList().stream().anyMatch(t -> typeMatches(t, value));
        }
        return switch (type.getAsString()) {
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            case "boolean" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
            case "null" -> value.isJsonNull();
            case "number" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
            case "integer" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                    && value.getAsDouble() == Math.rint(value.getAsDouble());
            default -> false;
        };
    }

    private static String stringOf(JsonObject s, String key) {
        return s.has(key) ? s.get(key).getAsString() : null;
    }
}
