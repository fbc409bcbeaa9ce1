package io.mistral4j.tck.simulator.routes.audio;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.tck.simulator.wire.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text fields of a transcription's multipart form, checked as the API's
 * {@code AudioTranscriptionRequest} schema says: each problem is a violation naming its field.
 */
final class TranscriptionForm {

    static final List<String> GRANULARITIES = List.of("segment", "word");
    private static final Pattern LANGUAGE = Pattern.compile("^\\w{2}$");
    private static final Pattern BIAS_TERM = Pattern.compile("^[^,\\s]+$");
    private static final int MAX_URL_LENGTH = 2083;

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    void add(String name, String value) {
        fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    String first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    String model() {
        return first("model");
    }

    String language() {
        return first("language");
    }

    boolean stream() {
        return Boolean.TRUE.equals(bool(first("stream")));
    }

    /** Every field checked; {@code hasFile} says whether a file part came. */
    void check(boolean hasFile, Violations violations) {
        if (model() == null || model().isEmpty()) {
            violations.missing(List.of("body", "model"));
        }
        String language = language();
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            mismatch(violations, List.of("body", "language"), language, LANGUAGE.pattern());
        }
        String temperature = first("temperature");
        if (temperature != null && !isNumber(temperature)) {
            violations.add("float_parsing", List.of("body", "temperature"),
                    "Input should be a valid number, unable to parse string as a number",
                    new JsonPrimitive(temperature), null);
        }
        for (String flag : List.of("diarize", "stream")) {
            String value = first(flag);
            if (value != null && bool(value) == null) {
                violations.add("bool_parsing", List.of("body", flag),
                        "Input should be a valid boolean, unable to interpret input", new JsonPrimitive(value), null);
            }
        }
        List<String> granularities = all("timestamp_granularities");
        for (int i = 0; i < granularities.size(); i++) {
            if (!GRANULARITIES.contains(granularities.get(i))) {
                violations.notOneOf(List.of("body", "timestamp_granularities", i), granularities.get(i),
                        GRANULARITIES);
            }
        }
        List<String> bias = all("context_bias");
        for (int i = 0; i < bias.size(); i++) {
            if (!BIAS_TERM.matcher(bias.get(i)).matches()) {
                mismatch(violations, List.of("body", "context_bias", i), bias.get(i), BIAS_TERM.pattern());
            }
        }
        String url = first("file_url");
        if (url != null && !isUrl(url)) {
            violations.add("url_parsing", List.of("body", "file_url"), "Input should be a valid URL",
                    new JsonPrimitive(url), null);
        }
        int sources = (hasFile ? 1 : 0) + (url != null ? 1 : 0) + (first("file_id") != null ? 1 : 0);
        if (sources == 0) {
            violations.missing(List.of("body", "file"));
        } else if (sources > 1) {
            violations.add("value_error", List.of("body"),
                    "Value error, exactly one of file, file_url and file_id must be given", null, null);
        }
    }

    /** FastAPI's reading of a form boolean; null when it is none. */
    static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> null;
        };
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isUrl(String value) {
        if (value.isEmpty() || value.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void mismatch(Violations violations, List<Object> loc, String value, String pattern) {
        JsonObject ctx = new JsonObject();
        ctx.addProperty("pattern", pattern);
        violations.add("string_pattern_mismatch", loc, "String should match pattern '" + pattern + "'",
                new JsonPrimitive(value), ctx);
    }
}
