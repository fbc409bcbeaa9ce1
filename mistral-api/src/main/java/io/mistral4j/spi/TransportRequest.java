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
}
