package io.mistral4j.impl.operation;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.http.PathSegments;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one call an {@link Operation}'s encoder fills in from the caller's input: path
 * parameters (checked and percent-encoded), query parameters in order (null values and empty
 * lists left out), the body, the model and the typed request observers may read.
 */
public final class CallSpec {

    private static final JsonObject STREAM_FIELD = streamField();

    private final JsonCodec codec;
    private final RequestOptions options;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, List<String>> repeatedQuery = new LinkedHashMap<>();
    private Object jsonBody;
    private RequestBody body;
    private Object request;
    private String model;

    CallSpec(JsonCodec codec, RequestOptions options) {
        this.codec = codec;
        this.options = options;
    }

    /**
     * Fills the path parameter {@code name}: a null, blank, {@code .} or {@code ..} id is a
     * {@link ValidationException} naming it.
     */
    public CallSpec path(String name, String id) {
        pathParameters.put(name, PathSegments.encode(name, id));
        return this;
    }

    /** A query parameter; a null value is left out. */
    public CallSpec query(String name, Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    /** An object in the query as one JSON text, which is how a FastAPI server reads it; a null value is left out. */
    public CallSpec queryJson(String name, Object value) {
        return query(name, value == null ? null : codec.toJson(value));
    }

    /** A query parameter sent once per value ({@code status=A&status=B}); a null or empty list is left out. */
    public CallSpec queryEach(String name, List<?> values) {
        if (values != null && !values.isEmpty()) {
            List<String> strings = new ArrayList<>(values.size());
            values.forEach(value -> strings.add(String.valueOf(value)));
            repeatedQuery.put(name, List.copyOf(strings));
        }
        return this;
    }

    /** {@code request} as the JSON body, and as the typed request observers see; a null one is refused. */
    public CallSpec json(Object request) {
        this.jsonBody = requireRequest(request);
        this.request = request;
        return this;
    }

    /** A body other than JSON (a multipart upload), with the typed request it was made from. */
    public CallSpec body(RequestBody body, Object request) {
        this.body = body;
        this.request = request;
        return this;
    }

    /** The typed request observers see, for calls whose input is not the body (list filters). */
    public CallSpec request(Object request) {
        this.request = request;
        return this;
    }

    /** The model the call names, for observers and traces. */
    public CallSpec model(String model) {
        this.model = model;
        return this;
    }

    /** Refuses a null request before anything is sent. */
    public static <T> T requireRequest(T request) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
        return request;
    }

    ApiCall build(Operation<?, ?> operation) {
        RequestBody sent = body;
        if (jsonBody != null) {
            sent = codec.toJsonBody(jsonBody, operation.streaming() ? STREAM_FIELD : null);
        }
        return new ApiCall(operation.name(), model, operation.method(), expand(operation.pathTemplate()), query, sent,
                operation.streaming(), request, options, repeatedQuery, operation.safeToRepeat());
    }

    private String expand(String template) {
        StringBuilder path = new StringBuilder(template.length() + 32);
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                return path.append(template, at, template.length()).toString();
            }
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            String value = pathParameters.get(name);
            if (value == null) {
                throw new IllegalStateException("the encoder of " + template + " did not fill {" + name + "}");
            }
            path.append(template, at, open).append(value);
            at = close + 1;
        }
    }

    private static JsonObject streamField() {
        JsonObject field = new JsonObject();
        field.add("stream", new JsonPrimitive(true));
        return field;
    }
}
