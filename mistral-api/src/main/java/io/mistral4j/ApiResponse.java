package io.mistral4j;

import java.util.Optional;

/**
 * A typed result together with the HTTP answer it came from: status, headers (request id,
 * rate limits) and the raw body. Obtained from any service's {@code withRawResponse()} view.
 *
 * @param <T> the typed value
 */
public final class ApiResponse<T> {

    private final int statusCode;
    private final Headers headers;
    private final String rawBody;
    private final T value;

    /** For transports and tests: null headers become empty ones, a null body reads as empty. */
    public ApiResponse(int statusCode, Headers headers, String rawBody, T value) {
        this.statusCode = statusCode;
        this.headers = headers == null ? Headers.empty() : headers;
        this.rawBody = rawBody;
        this.value = value;
    }

    /** The HTTP status code, e.g. 200. */
    public int statusCode() {
        return statusCode;
    }

    /** The answer's headers (never null), e.g. {@code x-ratelimit-*} and the request id. */
    public Headers headers() {
        return headers;
    }

    /** The body exactly as received; empty for streamed answers, whose events carry it. */
    public String rawBody() {
        return rawBody == null ? "" : rawBody;
    }

    /** The decoded value. */
    public T value() {
        return value;
    }

    /** Mistral's id for this exchange, to quote when asking for support. */
    public Optional<String> requestId() {
        return requestIdOf(headers);
    }

    /** The rate-limit headers of this answer, parsed; empty values when the server sent none. */
    public RateLimitInfo rateLimits() {
        return RateLimitInfo.from(headers);
    }

    /** The request id in a set of response headers: {@code mistral-correlation-id}, else {@code x-request-id}. */
    public static Optional<String> requestIdOf(Headers headers) {
        Optional<String> id = headers.first("mistral-correlation-id");
        return id.isPresent() ? id : headers.first("x-request-id");
    }

    @Override
    public String toString() {
        return "ApiResponse{status=" + statusCode + ", requestId=" + requestId().orElse("-") + ", value=" + value + '}';
    }
}
