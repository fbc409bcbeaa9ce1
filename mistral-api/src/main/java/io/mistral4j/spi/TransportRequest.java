package io.mistral4j.spi;

import io.mistral4j.Headers;
import io.mistral4j.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as handed to a transport.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param method          upper-case HTTP method
 * @param uri             absolute target
 * @param headers         every header to send (authentication included)
 * @param body            the body, or null for none
 * @param responseTimeout longest wait for the status line and headers, or null for the transport's default
 * @param streaming       whether the answer is expected to be a stream the caller reads incrementally
 */
public record TransportRequest(String method, URI uri, Headers headers, RequestBody body, Duration responseTimeout,
                               boolean streaming) {

    /** Requires a method and a URI; null headers become empty ones. */
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = headers == null ? Headers.empty() : headers;
    }

    /** The body, empty for a request without one (e.g. a GET). */
    public Optional<RequestBody> bodyIfAny() {
        return Optional.ofNullable(body);
    }

    /** A copy with other headers; used by decorators that add to them. */
    public TransportRequest withHeaders(Headers replacement) {
        return new TransportRequest(method, uri, replacement, body, responseTimeout, streaming);
    }

    /** Method and URI only (its user information masked): never the headers, which may carry credentials. */
    @Override
    public String toString() {
        return method + " " + Redaction.uri(uri);
    }

    /**
     * Starts a request with no headers, no body, the transport's default timeout and no
     * streaming; {@code method} and {@code uri} are required. For transports' own tests: the
     * client builds the requests it hands to a transport.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TransportRequest}. */
    public static final class Builder {
        private String method;
        private URI uri;
        private Headers headers;
        private RequestBody body;
        private Duration responseTimeout;
        private boolean streaming;

        private Builder() {
        }

        /** The upper-case HTTP method. Required. */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /** The absolute target. Required. */
        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        /** Every header to send; null sends none. */
        public Builder headers(Headers headers) {
            this.headers = headers;
            return this;
        }

        /** The body; null for none. */
        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        /** The longest wait for the status line and headers; null for the transport's default. */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        /** Whether the caller reads the answer as a stream. */
        public Builder streaming(boolean streaming) {
            this.streaming = streaming;
            return this;
        }

        /** Builds; a missing method or URI throws a {@link NullPointerException} naming it. */
        public TransportRequest build() {
            return new TransportRequest(method, uri, headers, body, responseTimeout, streaming);
        }
    }
}
