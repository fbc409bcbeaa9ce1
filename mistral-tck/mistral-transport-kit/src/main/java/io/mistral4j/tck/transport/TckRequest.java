package io.mistral4j.tck.transport;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request as the kit's server received it: request line, header lines in order, body. */
final class TckRequest {

    final String method;
    /** The request target as sent: origin form, or absolute form when sent to a proxy. */
    final String target;
    final String path;
    final Map<String, String> query;
    /** Header lines in the order received, each as {name, value}. */
    final List<String[]> headers;
    /** The body, framed as the request said; empty when there is none. */
    final InputStream body;
    /** How the body was framed: {@code length} (with Content-Length), {@code chunked} or {@code none}. */
    final String framing;
    final ServerConnection connection;
    /** 1 for the first request on its connection. */
    final int sequence;

    TckRequest(String method, String target, List<String[]> headers, InputStream body, String framing,
               ServerConnection connection, int sequence) {
        this.method = method;
        this.target = target;
        this.headers = headers;
        this.body = body;
        this.framing = framing;
        this.connection = connection;
        this.sequence = sequence;
        String origin = originForm(target);
        int question = origin.indexOf('?');
        this.path = question < 0 ? origin : origin.substring(0, question);
        this.query = parseQuery(question < 0 ? "" : origin.substring(question + 1));
    }

    /** Whether the target was in absolute form, as clients send it to a plain HTTP proxy. */
    boolean absoluteForm() {
        return !target.startsWith("/");
    }

    String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    List<String> headerValues(String name) {
        List<String> values = new ArrayList<>();
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                values.add(header[1]);
            }
        }
        return values;
    }

    String param(String name, String fallback) {
        return query.getOrDefault(name, fallback);
    }

    long longParam(String name, long fallback) {
        String value = query.get(name);
        return value == null ? fallback : Long.parseLong(value);
    }

    boolean hasToken(String header, String token) {
        for (String value : headerValues(header)) {
            for (String part : value.split(",")) {
                if (part.strip().toLowerCase(Locale.ROOT).equals(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String originForm(String target) {
        if (target.startsWith("/")) {
            return target;
        }
        int scheme = target.indexOf("://");
        if (scheme < 0) {
            return "/";
        }
        int slash = target.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : target.substring(slash);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}
