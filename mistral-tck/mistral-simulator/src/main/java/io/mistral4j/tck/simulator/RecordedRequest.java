package io.mistral4j.tck.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request exactly as the simulator received it, so tests can assert what went on the
 * wire.
 *
 * @param method  HTTP method, upper case
 * @param path    decoded request path, without the query
 * @param query   raw query string, or {@code null} when the URL had none
 * @param headers request headers; lookups ignore case
 * @param body    request body decoded as UTF-8 ({@code ""} when empty)
 */
public record RecordedRequest(
        String method, String path, String query, Map<String, List<String>> headers, String body) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        // Header names are case-insensitive on the wire, so the lookup must be too.
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), RecordedRequest::concat));
        }
        headers = Collections.unmodifiableMap(copy);
    }

    /** The first value of the named header (any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body parsed as JSON; throws {@link com.google.gson.JsonParseException} if it is not JSON. */
    public JsonElement bodyAsJson() {
        return JsonParser.parseString(body);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
