package io.mistral4j.impl.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.errors.ErrorBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Mistral's error bodies leniently: the documented error object, the 429 shapes, a bare
 * message, a nested message object (which may hold the validation list), a FastAPI
 * {@code detail} string or validation list, or something that is not JSON at all (then the
 * fields stay null and the raw body is kept).
 */
public final class ErrorBodyParser {

    private ErrorBodyParser() {
    }

    public static ErrorBody parse(String body) {
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (RuntimeException notJson) {
            return new ErrorBody(null, null, null, null, List.of());
        }
        if (!root.isJsonObject()) {
            return new ErrorBody(null, null, null, null, List.of());
        }
        JsonObject object = root.getAsJsonObject();
        List<ErrorBody.ValidationIssue> issues = new ArrayList<>();
        String message;
        JsonElement nestedDetail = detailOf(object.get("message"));
        if (nestedDetail != null && nestedDetail.isJsonArray()) {
            // {"object":"error","message":{"detail":[...]},...}: the 422 validation list inside an error object
            issues.addAll(issues(nestedDetail.getAsJsonArray()));
            message = null;
        } else {
            message = text(object.get("message"));
        }
        JsonElement detail = object.get("detail");
        if (detail != null && detail.isJsonArray()) {
            issues.addAll(issues(detail.getAsJsonArray()));
        } else if (message == null && detail != null) {
            message = text(detail);
        }
        if (message == null && object.get("error") != null) {
            message = text(object.get("error"));
        }
        return new ErrorBody(message, text(object.get("type")), text(object.get("code")), text(object.get("param")),
                issues);
    }

    private static JsonElement detailOf(JsonElement message) {
        return message != null && message.isJsonObject() ? message.getAsJsonObject().get("detail") : null;
    }

    private static List<ErrorBody.ValidationIssue> issues(JsonArray array) {
        List<ErrorBody.ValidationIssue> issues = new ArrayList<>();
        for (JsonElement element : array) {
            if (!element.isJsonObject()) {
                issues.add(new ErrorBody.ValidationIssue(List.of(), text(element), null));
                continue;
            }
            JsonObject issue = element.getAsJsonObject();
            List<String> loc = new ArrayList<>();
            JsonElement locElement = issue.get("loc");
            if (locElement != null && locElement.isJsonArray()) {
                locElement.getAsJsonArray().forEach(part -> loc.add(text(part)));
            }
            issues.add(new ErrorBody.ValidationIssue(loc, text(issue.get("msg")), text(issue.get("type"))));
        }
        return issues;
    }

    /** A primitive as its text, an object or array as compact JSON, null as null. */
    private static String text(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonPrimitive()) {
            return element.getAsString();
        }
        if (element.isJsonObject() && element.getAsJsonObject().has("message")) {
            return text(element.getAsJsonObject().get("message"));
        }
        return element.toString();
    }
}
