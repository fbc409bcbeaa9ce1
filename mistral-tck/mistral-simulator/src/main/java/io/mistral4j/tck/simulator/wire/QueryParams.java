package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's query parameters, read the way FastAPI reads them: a repeated name is a list,
 * and each typed read that fails adds a pydantic error ({@code loc} {@code ["query", name]}) to
 * the given list, so a route can answer every problem in one 422.
 */
public final class QueryParams {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "t", "y");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "f", "n");

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses a raw (still encoded) query string; null or empty means no parameters. */
    public static QueryParams parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(values);
    }

    /** The last value of {@code name} (FastAPI's choice for a scalar given twice), or null. */
    public String string(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Every value of {@code name}, in order; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** A required string; records {@code missing} when absent. */
    String requiredString(String name, List<JsonObject> errors) {
        String value = string(name);
        if (value == null) {
            errors.add(violation("missing", name, "Field required", JsonNull.INSTANCE, null));
        }
        return value;
    }

    /** An integer within the optional bounds; null when absent or wrong (the error recorded). */
    public Integer integer(String name, boolean required, Long ge, Long le, List<JsonObject> errors) {
        String text = required ? requiredString(name, errors) : string(name);
        if (text == null) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.add(violation("int_parsing", name,
                    "Input should be a valid integer, unable to parse string as an integer", new JsonPrimitive(text),
                    null));
            return null;
        }
        if (ge != null && value < ge) {
            errors.add(violation("greater_than_equal", name, "Input should be greater than or equal to " + ge,
                    new JsonPrimitive(text), ctx("ge", new JsonPrimitive(ge))));
            return null;
        }
        if (le != null && value > le) {
            errors.add(violation("less_than_equal", name, "Input should be less than or equal to " + le,
                    new JsonPrimitive(text), ctx("le", new JsonPrimitive(le))));
            return null;
        }
        return (int) value;
    }

    /** A boolean in any spelling pydantic accepts; null when absent or wrong. */
    public Boolean bool(String name, List<JsonObject> errors) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        errors.add(violation("bool_parsing", name, "Input should be a valid boolean, unable to interpret input",
                new JsonPrimitive(text), null));
        return null;
    }

    /** A string within length limits and matching {@code pattern} (full match), as pydantic constrains it. */
    public String constrained(String name, boolean required, int minLength, int maxLength, Pattern pattern,
                       List<JsonObject> errors) {
        String value = required ? requiredString(name, errors) : string(name);
        if (value == null) {
            return null;
        }
        JsonPrimitive input = new JsonPrimitive(value);
        if (value.length() < minLength) {
            errors.add(violation("string_too_short", name, "String should have at least " + minLength + " character"
                    + (minLength == 1 ? "" : "s"), input, ctx("min_length", new JsonPrimitive(minLength))));
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(violation("string_too_long", name, "String should have at most " + maxLength + " characters",
                    input, ctx("max_length", new JsonPrimitive(maxLength))));
            return null;
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            String shown = "^" + pattern.pattern() + "$";
            errors.add(violation("string_pattern_mismatch", name, "String should match pattern '" + shown + "'",
                    input, ctx("pattern", new JsonPrimitive(shown))));
            return null;
        }
        return value;
    }

    /** Every value of a list parameter, each one of {@code allowed}; wrong ones are recorded by position. */
    public List<String> enumList(String name, List<String> allowed, List<JsonObject> errors) {
        List<String> out = new ArrayList<>();
        List<String> given = all(name);
        for (int i = 0; i < given.size(); i++) {
            String value = given.get(i);
            if (allowed.contains(value)) {
                out.add(value);
                continue;
            }
            String expected = expected(allowed);
            JsonObject e = violation("enum", name, "Input should be " + expected, new JsonPrimitive(value),
                    ctx("expected", new JsonPrimitive(expected)));
            e.getAsJsonArray("loc").add(i);
            errors.add(e);
        }
        return out;
    }

    /** One value of {@code allowed}, or null when absent or wrong (the error recorded). */
    public String choice(String name, List<String> allowed, List<JsonObject> errors) {
        String value = string(name);
        if (value == null || allowed.contains(value)) {
            return value;
        }
        String expected = expected(allowed);
        errors.add(violation("enum", name, "Input should be " + expected, new JsonPrimitive(value),
                ctx("expected", new JsonPrimitive(expected))));
        return null;
    }

    /** An ISO-8601 date-time (a naive one is UTC) or date; null when absent or wrong (the error recorded). */
    public Instant dateTime(String name, List<JsonObject> errors) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(trimmed).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    errors.add(violation("datetime_from_date_parsing", name,
                            "Input should be a valid datetime or date, invalid character", new JsonPrimitive(text),
                            null));
                    return null;
                }
            }
        }
    }

    /** The value read, or {@code fallback} when it was absent or wrong. */
    public static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** A parameter that carries a JSON object (the spec's {@code content: application/json}); null when absent. */
    public JsonObject jsonObject(String name, List<JsonObject> errors) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            errors.add(violation("json_invalid", name, "JSON decode error", new JsonPrimitive(text),
                    ctx("error", new JsonPrimitive("Expecting value"))));
            return null;
        }
        if (!parsed.isJsonObject()) {
            errors.add(violation("dict_type", name, "Input should be a valid dictionary", parsed, null));
            return null;
        }
        return parsed.getAsJsonObject();
    }

    /** A pydantic error object located in the query. */
    public static JsonObject violation(String type, String name, String msg, JsonElement input, JsonObject ctx) {
        JsonArray loc = new JsonArray();
        loc.add("query");
        loc.add(name);
        return violation(type, loc, msg, input, ctx);
    }

    /** A pydantic error object: {@code type}, {@code loc}, {@code msg}, {@code input}, optional {@code ctx}. */
    public static JsonObject violation(String type, JsonArray loc, String msg, JsonElement input, JsonObject ctx) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        e.add("loc", loc);
        e.addProperty("msg", msg);
        e.add("input", input);
        if (ctx != null) {
            e.add("ctx", ctx);
        }
        return e;
    }

    public static JsonObject ctx(String name, JsonElement value) {
        JsonObject ctx = new JsonObject();
        ctx.add(name, value);
        return ctx;
    }

    private static String expected(List<String> values) {
        List<String> quoted = values.stream().map(v -> "'" + v + "'").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
