package io.mistral4j.impl.http;

import io.mistral4j.ClientOptions;
import io.mistral4j.Headers;
import io.mistral4j.impl.Version;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link ApiCall} into the HTTP request the chain sends: absolute URI with encoded
 * query, content negotiation, User-Agent, the client's default headers and the call's extra
 * headers (later ones replace earlier ones of the same name).
 */
public final class RequestFactory {

    private final String baseUrl;
    private final Headers baseHeaders;
    private final Duration callTimeout;

    public RequestFactory(ClientOptions options) {
        this.baseUrl = options.baseUrl().toString();
        this.callTimeout = options.callTimeout();
        Headers.Builder headers = Headers.builder().set("User-Agent", Version.userAgent());
        options.defaultHeaders().asMap().forEach((name, values) -> {
            headers.remove(name);
            values.forEach(value -> headers.add(name, value));
        });
        this.baseHeaders = headers.build();
    }

    public TransportRequest create(ApiCall call) {
        return create(call, call.streaming() ? "text/event-stream" : "application/json");
    }

    /** Like {@link #create(ApiCall)} with another {@code Accept}, e.g. for binary downloads. */
    public TransportRequest create(ApiCall call, String accept) {
        Headers.Builder headers = Headers.builder().set("Accept", accept);
        if (call.body() != null) {
            headers.set("Content-Type", call.body().contentType());
        }
        replaceAll(headers, baseHeaders);
        replaceAll(headers, call.options().extraHeaders());
        Duration timeout = call.options().timeout().orElse(callTimeout);
        return new TransportRequest(call.method(), uri(call), headers.build(), call.body(), timeout, call.streaming());
    }

    private URI uri(ApiCall call) {
        StringBuilder uri = new StringBuilder(baseUrl.length() + call.path().length() + 32).append(baseUrl)
                .append(call.path());
        // A path may carry an encoded query already: repeated parameters, which the map cannot hold.
        char separator = call.path().indexOf('?') >= 0 ? '&' : '?';
        for (Map.Entry<String, String> parameter : call.query().entrySet()) {
            if (parameter.getValue() == null) {
                continue;
            }
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        for (Map.Entry<String, List<String>> parameter : call.listQuery().entrySet()) {
            for (String value : parameter.getValue()) {
                uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void replaceAll(Headers.Builder target, Headers source) {
        source.asMap().forEach((name, values) -> {
            target.remove(name);
            values.forEach(value -> target.add(name, value));
        });
    }
}
