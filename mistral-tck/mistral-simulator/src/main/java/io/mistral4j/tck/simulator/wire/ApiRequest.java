package io.mistral4j.tck.simulator.wire;

import io.mistral4j.tck.simulator.RecordedRequest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * A request matched to a route: the raw request plus what routing learned about it.
 *
 * @param raw        the request as received
 * @param bodyBytes  the undecoded body, for routes that take binary uploads (multipart files)
 * @param routeKey   the matched route, e.g. {@code "POST /v1/chat/completions"}
 * @param pathParams values of the {@code {name}} segments of the route pattern
 * @param callNumber 1-based count of calls to this route on this instance; scripted faults key on it
 * @param bodyStream the unread body of a streaming route (an upload), else the body bytes as a stream
 */
public record ApiRequest(RecordedRequest raw, byte[] bodyBytes, String routeKey, Map<String, String> pathParams, int callNumber,
                  InputStream bodyStream) {

    public ApiRequest(RecordedRequest raw, byte[] bodyBytes, String routeKey, Map<String, String> pathParams, int callNumber) {
        this(raw, bodyBytes, routeKey, pathParams, callNumber, new ByteArrayInputStream(bodyBytes));
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public String body() {
        return raw.body();
    }
}
