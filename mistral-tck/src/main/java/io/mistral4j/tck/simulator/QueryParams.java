package io.mistral4j.tck.simulator;

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

/**
 * A request's query parameters, read the way FastAPI reads them: repeated names make lists,
 * and a value of the wrong type is a 422 error at {@code ["query", name]}.
 */
final class QueryParams {

    private final Map<String, List<String>> values;
    private final Violations violations;

    private QueryParams(Map<String, List<String>> values, Violations violations) {
        this.values = values;
        this.violations = violations;
    }

    static QueryParams parse(String rawQuery, Violations violations) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(values, violations);
    }

    /** The last value of a single-valued parameter, as FastAPI takes it, or null. */
    String string(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    List<String> strings(String name) {
        return values.getOrDefault(name, List.of());
    }

    int integer(String name, int defaultValue) {
        String text = string(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            violations.add("int_parsing", List.of("query", name),
                    "Input should be a valid integer, unable to parse string as an integer", new JsonPrimitive(text),
                    null);
            return defaultValue;
        }
    }

    Boolean bool(String name, Boolean defaultValue) {
        String text = string(name);
        if (text == null) {
            return defaultValue;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> {
                return true;
            }
            case "false", "0", "no", "off", "f", "n" -> {
                return false;
            }
            default -> {
                violations.add("bool_parsing", List.of("query", name),
                        "Input should be a valid boolean, unable to interpret input", new JsonPrimitive(text), null);
                return defaultValue;
            }
        }
    }

    /** One value from a fixed set, or null when absent. */
    String choice(String name, List<String> allowed) {
        String text = string(name);
        if (text != null && !allowed.contains(text)) {
            violations.notOneOf(List.of("query", name), text, allowed);
            return null;
        }
        return text;
    }

    /** Every value of a repeated parameter, each from a fixed set. */
    List<String> choices(String name, List<String> allowed) {
        List<String> out = new ArrayList<>();
        List<String> given = strings(name);
        for (int i = 0; i < given.size(); i++) {
            if (allowed.contains(given.get(i))) {
                out.add(given.get(i));
            } else {
                violations.notOneOf(List.of("query", name, i), given.get(i), allowed);
            }
        }
        return out;
    }

    /** An ISO-8601 date-time (or date), or null when absent. */
    Instant dateTime(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other accepted forms
        }
        try {
            return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try a plain date
        }
        try {
            return LocalDate.parse(trimmed).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            violations.add("datetime_from_date_parsing", List.of("query", name),
                    "Input should be a valid datetime or date, invalid character", new JsonPrimitive(text), null);
            return null;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
