package io.mistral4j.errors;

import io.mistral4j.Headers;
import io.mistral4j.Redaction;

/**
 * Everything known about a failed answer, gathered once by the implementation and handed to
 * {@link MistralServiceException#of(ServiceError)}. A server may echo the request's
 * credentials in an error (a 401 quoting the {@code Authorization} header): they are masked
 * here, so that neither the exception's message nor its raw body shows them.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param statusCode the HTTP status
 * @param headers    the response headers
 * @param rawBody    the body as received with echoed credentials masked
 *                   ({@link Redaction#credentials(String)}), never null
 * @param body       the parsed error body, never null (fields may be null)
 * @param requestId  the request id from the headers, or null
 * @param operation  what was being done, e.g. {@code POST /v1/chat/completions}
 */
public record ServiceError(int statusCode, Headers headers, String rawBody, ErrorBody body, String requestId,
                           String operation) {

    /**
     * Null headers become empty, a null raw body empty and a null parsed body one with every field null;
     * echoed credentials in the raw body are masked.
     */
    public ServiceError {
        headers = headers == null ? Headers.empty() : headers;
        rawBody = rawBody == null ? "" : Redaction.credentials(rawBody);
        body = body == null ? new ErrorBody(null, null, null, null, null) : body;
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        out.append(operation == null ? "request" : operation).append(" failed with status ").append(statusCode);
        String summary = body.summary();
        if (!summary.isEmpty()) {
            out.append(": ").append(summary);
        } else if (!rawBody.isBlank()) {
            out.append(": ").append(rawBody.length() > 500 ? rawBody.substring(0, 500) + "..." : rawBody);
        }
        if (requestId != null) {
            out.append(" (request id ").append(requestId).append(')');
        }
        return out.toString();
    }
}
