package io.mistral4j.impl.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ClientOptions;
import io.mistral4j.Headers;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.body.StreamedJsonBody;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an {@link ApiCall} into the HTTP request the chain sends: absolute URI with encoded
 * query (the call's parameters, then the per-call extra ones), content negotiation,
 * User-Agent, the client's default headers and the call's extra headers (later ones replace
 * earlier ones of the same name), and the per-call extra body fields merged into a JSON body.
 * The request's {@code responseTimeout} starts as the call's overall timeout; the decorator
 * chain narrows it per attempt.
 */
public final class RequestFactory {

    /** Plain Gson for user-supplied extra values: maps, lists, strings, numbers and booleans as they are. */
    private static final Gson EXTRA_VALUES = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** At most this many paths keep their parsed URI (paths with ids vary without bound). */
    static final int CACHED_URIS = 256;

    private final String baseUrl;
    /** The URIs of paths called without a query: parsing one costs more than the rest of the request. */
    private final Map<String, URI> uris = new ConcurrentHashMap<>();
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
        return new TransportRequest(call.method(), uri(call), headers.build(), body(call), timeout, call.streaming());
    }

    private URI uri(ApiCall call) {
        Map<String, String> query = call.query();
        if (query.isEmpty() && call.listQuery().isEmpty() && call.options().extraQueryParameters().isEmpty()) {
            URI known = uris.get(call.path());
            if (known != null) {
                return known;
            }
            URI parsed = URI.create(baseUrl + call.path());
            if (uris.size() < CACHED_URIS) {
                uris.put(call.path(), parsed);
            }
            return parsed;
        }
        if (!call.options().extraQueryParameters().isEmpty()) {
            query = new LinkedHashMap<>(query);
            query.putAll(call.options().extraQueryParameters());
        }
        StringBuilder uri = new StringBuilder(baseUrl.length() + call.path().length() + 32).append(baseUrl)
                .append(call.path());
        // A path may carry an encoded query already: repeated parameters, which the map cannot hold.
        char separator = call.path().indexOf('?') >= 0 ? '&' : '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
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

    /** The call's body with the per-call extra fields merged in (they win over fields of the same name). */
    private static RequestBody body(ApiCall call) {
        Map<String, Object> extra = call.options().extraBodyFields();
        RequestBody body = call.body();
        if (extra.isEmpty()) {
            return body;
        }
        if (body instanceof StreamedJsonBody streamed) {
            // Its streamed values are placeholder strings in the template, which the merge keeps.
            return streamed.withTemplate(merged(streamed.template(), extra));
        }
        if (!(body instanceof RequestBody.Bytes) || !isJson(body.contentType())) {
            throw new ValidationException("bodyField", "extra body fields need a JSON body, and "
                    + call.operation() + " sends " + (body == null ? "none" : body.contentType()));
        }
        String json = merged(new String(((RequestBody.Bytes) body).bytes(), StandardCharsets.UTF_8), extra);
        return RequestBody.ofBytes(json.getBytes(StandardCharsets.UTF_8), body.contentType());
    }

    private static String merged(String json, Map<String, Object> extra) {
        JsonElement tree = JsonParser.parseString(json);
        if (!tree.isJsonObject()) {
            throw new ValidationException("bodyField", "extra body fields need a JSON object body");
        }
        JsonObject object = tree.getAsJsonObject();
        extra.forEach((name, value) -> object.add(name, value == null ? JsonNull.INSTANCE : EXTRA_VALUES.toJsonTree(value)));
        return EXTRA_VALUES.toJson(object);
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
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
