package io.mistral4j.tck.simulator.wire;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A request matched to a route: what the handler reads of it plus what routing learned.
 *
 * @param query      the raw query string, or {@code null} when the URL had none
 * @param headers    request headers
 * @param body       the body decoded as UTF-8 ({@code ""} when empty or streamed)
 * @param bodyBytes  the undecoded body, for routes that take binary uploads (multipart files)
 * @param routeKey   the matched route, e.g. {@code "POST /v1/chat/completions"}
 * @param pathParams values of the {@code {name}} segments of the route pattern
 * @param callNumber 1-based count of calls to this route on this instance; scripted faults key on it
 * @param bodyStream the unread body of a streaming route (an upload), else the body bytes as a stream
 */
public record ApiRequest(String query, Map<String, List<String>> headers, String body, byte[] bodyBytes,
                         String routeKey, Map<String, String> pathParams, int callNumber, InputStream bodyStream) {

    public ApiRequest(String query, Map<String, List<String>> headers, String body, byte[] bodyBytes,
                      String routeKey, Map<String, String> pathParams, int callNumber) {
        this(query, headers, body, bodyBytes, routeKey, pathParams, callNumber, new ByteArrayInputStream(bodyBytes));
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of the named header, whatever its case, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            values = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
