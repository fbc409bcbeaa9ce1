package io.mistral4j.tck.simulator.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Maps (method, path pattern) to handlers. Patterns are literal segments and {@code {name}}
 * placeholders, e.g. {@code /v1/models/{model_id}}; a placeholder matches exactly one segment.
 */
public final class Router {

    /**
     * A registered route. {@code key} names it for call counting and fault scripts. A route that
     * {@code streamsBody} gets the request body as a stream instead of read into memory (uploads).
     */
    public record Route(String method, String pattern, List<String> segments, RouteHandler handler, boolean streamsBody) {
        public String key() {
            return method + " " + pattern;
        }
    }

    /** Outcome of routing one request. */
    public sealed interface Resolution permits Found, MethodNotAllowed, NotFound {
    }

    public record Found(Route route, Map<String, String> pathParams) implements Resolution {
    }

    public record MethodNotAllowed(Set<String> allowed) implements Resolution {
    }

    public record NotFound() implements Resolution {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public Router add(String method, String pattern, RouteHandler handler) {
        routes.add(new Route(method.toUpperCase(java.util.Locale.ROOT), pattern, split(pattern), handler, false));
        return this;
    }

    /** A route whose handler reads the body from {@link ApiRequest#bodyStream()}, unbuffered. */
    public Router addStreaming(String method, String pattern, RouteHandler handler) {
        routes.add(new Route(method.toUpperCase(java.util.Locale.ROOT), pattern, split(pattern), handler, true));
        return this;
    }

    /** The keys of every registered route, e.g. {@code POST /v1/chat/completions}. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        routes.forEach(route -> keys.add(route.key()));
        return keys;
    }

    public Resolution resolve(String method, String path) {
        List<String> parts = split(path);
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = match(route.segments(), parts);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Found(route, params);
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }

    private static Map<String, String> match(List<String> pattern, List<String> parts) {
        if (pattern.size() != parts.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.startsWith("{") && p.endsWith("}")) {
                params.put(p.substring(1, p.length() - 1), parts.get(i));
            } else if (!p.equals(parts.get(i))) {
                return null;
            }
        }
        return params;
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
