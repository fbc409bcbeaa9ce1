package io.mistral4j;

import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Settings for one call that override the client's: the overall timeout, the number of
 * attempts, whether a call that creates state may be retried, extra headers, extra query
 * parameters and extra body fields (for fields this library does not know yet; merged into the
 * JSON body, replacing a field of the same name). {@link #none()} leaves everything to the client.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = new RequestOptions(null, null, false, Headers.empty(), Map.of(),
            Map.of(), null);

    private final Duration timeout;
    private final Integer maxAttempts;
    private final boolean retryStateCreating;
    private final Headers extraHeaders;
    private final Map<String, String> extraQueryParameters;
    private final Map<String, Object> extraBodyFields;
    private final Long maxResponseBytes;

    private RequestOptions(Duration timeout, Integer maxAttempts, boolean retryStateCreating, Headers extraHeaders,
                           Map<String, String> extraQueryParameters, Map<String, Object> extraBodyFields,
                           Long maxResponseBytes) {
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.retryStateCreating = retryStateCreating;
        this.extraHeaders = extraHeaders;
        this.extraQueryParameters = extraQueryParameters;
        this.extraBodyFields = extraBodyFields;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** No overrides: the call runs with the client's settings. */
    public static RequestOptions none() {
        return NONE;
    }

    /** A builder with no overrides set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to derive others from them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.maxAttempts = maxAttempts;
        builder.retryStateCreating = retryStateCreating;
        for (String name : extraHeaders.names()) {
            extraHeaders.all(name).forEach(value -> builder.headers.add(name, value));
        }
        builder.query.putAll(extraQueryParameters);
        builder.bodyFields.putAll(extraBodyFields);
        builder.maxResponseBytes = maxResponseBytes;
        return builder;
    }

    /**
     * These options with {@code later}'s on top: what {@code later} sets replaces the same setting
     * here (a header, query parameter or body field of the same name included) and the rest is
     * kept. This is how {@code withOptions} views compose: {@code service.withOptions(a).withOptions(b)}
     * runs with {@code a.mergedWith(b)}.
     */
    public RequestOptions mergedWith(RequestOptions later) {
        if (later == null || later == NONE) {
            return this;
        }
        if (this == NONE) {
            return later;
        }
        Builder merged = toBuilder();
        if (later.timeout != null) {
            merged.timeout = later.timeout;
        }
        if (later.maxAttempts != null) {
            merged.maxAttempts = later.maxAttempts;
        }
        merged.retryStateCreating = retryStateCreating || later.retryStateCreating;
        for (String name : later.extraHeaders.names()) {
            merged.headers.remove(name);
            later.extraHeaders.all(name).forEach(value -> merged.headers.add(name, value));
        }
        merged.query.putAll(later.extraQueryParameters);
        merged.bodyFields.putAll(later.extraBodyFields);
        if (later.maxResponseBytes != null) {
            merged.maxResponseBytes = later.maxResponseBytes;
        }
        return merged.build();
    }

    /** The overall deadline of this call, all attempts included, replacing the client's {@code callTimeout}. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Attempts in all for this call, replacing the client's retry policy's {@code maxAttempts}. */
    public OptionalInt maxAttempts() {
        return maxAttempts == null ? OptionalInt.empty() : OptionalInt.of(maxAttempts);
    }

    /**
     * Whether this call is retried like a read even though it creates state (an upload, a job,
     * an agent or alias, an update): see {@link Builder#retryStateCreating(boolean)}. False by
     * default.
     */
    public boolean retryStateCreating() {
        return retryStateCreating;
    }

    /** Headers added to this call after the client's default headers (same name: replaced). */
    public Headers extraHeaders() {
        return extraHeaders;
    }

    /** Query parameters added to this call's URL, in the order given (same name: replaced). */
    public Map<String, String> extraQueryParameters() {
        return extraQueryParameters;
    }

    /**
     * Top-level fields merged into this call's JSON body. Values are JSON-like Java values:
     * {@code String}, {@code Number}, {@code Boolean}, {@code null}, {@code List} and {@code Map}.
     */
    public Map<String, Object> extraBodyFields() {
        return extraBodyFields;
    }

    /** The largest answer this call reads into memory, replacing the client's {@code maxResponseBytes}. */
    public OptionalLong maxResponseBytes() {
        return maxResponseBytes == null ? OptionalLong.empty() : OptionalLong.of(maxResponseBytes);
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxAttempts=" + maxAttempts + ", retryStateCreating="
                + retryStateCreating + (maxResponseBytes == null ? "" : ", maxResponseBytes=" + maxResponseBytes)
                + ", extraHeaders=" + extraHeaders
                + ", extraQueryParameters=" + extraQueryParameters.keySet() + ", extraBodyFields="
                + extraBodyFields.keySet() + '}';
    }

    /**
     * Builds {@link RequestOptions}; everything is optional and anything unset keeps the client's setting.
     */
    public static final class Builder {
        private Duration timeout;
        private Integer maxAttempts;
        private boolean retryStateCreating;
        private final Headers.Builder headers = Headers.builder();
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, Object> bodyFields = new LinkedHashMap<>();
        private Long maxResponseBytes;

        private Builder() {
        }

        /** The largest answer this call reads into memory (e.g. a large OCR answer), replacing the client's. */
        public Builder maxResponseBytes(long bytes) {
            this.maxResponseBytes = bytes;
            return this;
        }

        /** Positive; a duration beyond {@link Durations#MAX} is cut to it. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Attempts in all, the first included: 1 turns retries off for this call. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Retries this call on every retryable failure even though it creates state. By default
         * a call that creates state (an upload; creating a job, agent or alias; an update, a
         * cancel or a start) is retried only when the server provably did not process it: the
         * connection could not be made, or the answer was 429. A 5xx, a connection dropped
         * after the request was sent or a response timeout leave it unknown whether the server
         * acted, so a retry may <b>do the work twice</b>: two jobs, two uploaded files, two
         * agent versions. Turn this on only when a duplicate is harmless or you remove it
         * yourself. A 409 is never retried for such a call, even with this on.
         */
        public Builder retryStateCreating(boolean retryStateCreating) {
            this.retryStateCreating = retryStateCreating;
            return this;
        }

        /** A header for this call; a name or value that cannot be sent is refused here (see {@link Headers}). */
        public Builder header(String name, String value) {
            Headers.checkName("header", name);
            headers.set(name, Headers.checkValue("header[" + name + "]", value));
            return this;
        }

        /**
         * An extra query parameter for this call, replacing one of the same name; the name must not be
         * blank and the value not null ({@link ValidationException}).
         */
        public Builder queryParameter(String name, String value) {
            if (name == null || name.isBlank()) {
                throw new ValidationException("queryParameter", "name must not be blank");
            }
            if (value == null) {
                throw new ValidationException("queryParameter", "value of '" + name + "' must not be null");
            }
            query.put(name, value);
            return this;
        }

        /** A body field sent as is; {@code null} sends a JSON {@code null}. */
        public Builder bodyField(String name, Object value) {
            if (name == null || name.isBlank()) {
                throw new ValidationException("bodyField", "name must not be blank");
            }
            bodyFields.put(name, value);
            return this;
        }

        /**
         * The options; throws {@link ValidationException} if the timeout is not positive or the attempts or
         * response limit are below 1.
         */
        public RequestOptions build() {
            Duration checkedTimeout = timeout == null ? null : Durations.requirePositive("timeout", timeout);
            if (maxAttempts != null && maxAttempts < 1) {
                throw new ValidationException("maxAttempts", "must be at least 1, was " + maxAttempts);
            }
            if (maxResponseBytes != null && maxResponseBytes < 1) {
                throw new ValidationException("maxResponseBytes", "must be at least 1, was " + maxResponseBytes);
            }
            return new RequestOptions(checkedTimeout, maxAttempts, retryStateCreating, headers.build(),
                    Collections.unmodifiableMap(new LinkedHashMap<>(query)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(bodyFields)), maxResponseBytes);
        }
    }
}
