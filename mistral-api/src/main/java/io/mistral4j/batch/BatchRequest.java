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
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
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

    /** Starts an empty request; {@code body} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link BatchRequest}. */
    public static final class Builder {
        private String customId;
        private Object body;

        private Builder() {
        }

        /** Your id for this request, to find its result by; null for none. */
        public Builder customId(String customId) {
            this.customId = customId;
            return this;
        }

        /** The request body: a request record of this library or a map of JSON values. Required. */
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the missing body. */
        public BatchRequest build() {
            return new BatchRequest(customId, body);
        }
    }
}
