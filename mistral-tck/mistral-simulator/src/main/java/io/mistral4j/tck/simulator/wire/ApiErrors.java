package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds error replies in the shapes the Mistral API uses (see API-NOTES, "Errors"). */
public final class ApiErrors {

    public static final String INVALID_REQUEST = "invalid_request_error";

    private ApiErrors() {
    }

    /** The documented shape: {@code {"object":"error","message","type","param","code"}}. */
    public static Reply.Json error(int status, String message, String type, String code) {
        return error(status, message, type, code, Map.of());
    }

    public static Reply.Json error(int status, String message, String type, String code, Map<String, String> headers) {
        JsonObject body = new JsonObject();
        body.addProperty("object", "error");
        body.addProperty("message", message);
        body.addProperty("type", type);
        body.add("param", JsonNull.INSTANCE);
        if (code == null) {
            body.add("code", JsonNull.INSTANCE);
        } else {
            body.addProperty("code", code);
        }
        return new Reply.Json(status, body, headers, 0);
    }

    /** The workspace limit is spent: 429 with {@code Retry-After} in whole seconds, at least 1. */
    public static Reply.Json rateLimited(long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return error(429, "Requests rate limit exceeded", "rate_limited", "1300",
                Map.of("Retry-After", Long.toString(seconds)));
    }

    public static Reply.Json badRequest(String message) {
        return error(400, message, INVALID_REQUEST, null);
    }

    public static Reply.Json unauthorized() {
        return error(401, "Unauthorized", "unauthorized", "1002");
    }

    public static Reply.Json notFound(String message) {
        return error(404, message, INVALID_REQUEST, null);
    }

    public static Reply.Json methodNotAllowed(Set<String> allowed) {
        return error(405, "Method Not Allowed", INVALID_REQUEST, null, Map.of("Allow", String.join(", ", allowed)));
    }

    public static Reply.Json invalidModel(String model) {
        return error(400, "Invalid model: " + model, "invalid_model", "1500");
    }

    public static Reply.Json internal(String message) {
        return error(500, message, "internal_server_error", null);
    }

    /** FastAPI/pydantic's 422 body: {@code {"detail":[ValidationError...]}}. */
    public static Reply.Json validation(List<JsonObject> violations) {
        JsonArray detail = new JsonArray();
        violations.forEach(detail::add);
        JsonObject body = new JsonObject();
        body.add("detail", detail);
        return new Reply.Json(422, body, Map.of(), 0);
    }
}
