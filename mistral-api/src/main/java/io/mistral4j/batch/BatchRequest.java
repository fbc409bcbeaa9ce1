package io.mistral4j.batch;

import io.mistral4j.errors.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of a batch: the body the endpoint would receive, and an id of your choice to
 * find its result by. The body is a request record of this library (for example a
 * {@link io.mistral4j.chat.ChatCompletionRequest}) or a map of JSON values.
 *
 * @param customId your id for this request, or null
 * @param body     the request body
 */
public record BatchRequest(String customId, Object body) {

    /**
     * Requires a body ({@link ValidationException} otherwise); a map body is copied unmodifiably, keeping
     * its order.
     */
    public BatchRequest {
        if (body == null) {
            throw new ValidationException("body", "is required");
        }
        if (body instanceof Map<?, ?> map) {
            body = Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    /** A request with your id (null for none) and its body; see the constructor for the checks. */
    public static BatchRequest of(String customId, Object body) {
        return new BatchRequest(customId, body);
    }
}
