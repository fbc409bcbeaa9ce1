package io.mistral4j.errors;

import java.util.Optional;

/**
 * A response or stream event could not be decoded: not JSON, truncated, or the wrong shape.
 * Carries the status and request id of the answer so the failure can be traced server-side.
 */
public class MistralDecodingException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String requestId;

    /** A decoding failure; the status and request id (or null) are appended to {@code message}. */
    public MistralDecodingException(String message, int statusCode, String requestId, Throwable cause) {
        super(message + " (status " + statusCode + (requestId == null ? "" : ", request id " + requestId) + ")", cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
    }

    /** The HTTP status of the answer that could not be decoded. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Mistral's request id of the answer, to quote when asking for support; empty when the answer had none.
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
