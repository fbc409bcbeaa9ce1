package io.mistral4j;

import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings for one call that override the client's: a timeout and extra headers.
 * {@link #none()} leaves everything to the client.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = new RequestOptions(null, Headers.empty());

    private final Duration timeout;
    private final Headers extraHeaders;

    private RequestOptions(Duration timeout, Headers extraHeaders) {
        this.timeout = timeout;
        this.extraHeaders = extraHeaders;
    }

    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The overall deadline of this call, replacing the client's {@code callTimeout}. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Headers added to this call after the client's default headers (same name: replaced). */
    public Headers extraHeaders() {
        return extraHeaders;
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", extraHeaders=" + extraHeaders + '}';
    }

    public static final class Builder {
        private Duration timeout;
        private final Headers.Builder headers = Headers.builder();

        private Builder() {
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        public RequestOptions build() {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new ValidationException("timeout", "must be positive, was " + timeout);
            }
            return new RequestOptions(timeout, headers.build());
        }
    }
}
