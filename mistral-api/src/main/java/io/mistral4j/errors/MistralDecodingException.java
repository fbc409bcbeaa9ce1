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
    private final String jsonPath;
    private final String expectedType;
    private final String rawText;

    /** A decoding failure; the status and request id (or null) are appended to {@code message}. */
    public MistralDecodingException(String message, int statusCode, String requestId, Throwable cause) {
        super(message + " (status " + statusCode + (requestId == null ? "" : ", request id " + requestId) + ")", cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.jsonPath = null;
        this.expectedType = null;
        this.rawText = null;
    }

    /**
     * A well-formed answer whose JSON text (a structured answer, tool arguments) does not fit the Java
     * type asked for: {@code jsonPath} (such as {@code $.authors[1].year}) names where, {@code expectedType}
     * what was expected there.
     */
    public MistralDecodingException(String problem, String jsonPath, String expectedType, String rawText,
            Throwable cause) {
        super("the JSON text does not fit at " + jsonPath + ": expected " + expectedType + ", " + problem, cause);
        this.statusCode = 200;
        this.requestId = null;
        this.jsonPath = jsonPath;
        this.expectedType = expectedType;
        this.rawText = rawText;
    }

    /** Where in the JSON text the value did not fit, e.g. {@code $.authors[1].year}; empty for other failures. */
    public Optional<String> jsonPath() {
        return Optional.ofNullable(jsonPath);
    }

    /** The Java type expected at {@link #jsonPath()}; empty for other failures. */
    public Optional<String> expectedType() {
        return Optional.ofNullable(expectedType);
    }

    /** The JSON text that did not fit (the model's answer or a tool call's arguments); empty for other failures. */
    public Optional<String> rawText() {
        return Optional.ofNullable(rawText);
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
