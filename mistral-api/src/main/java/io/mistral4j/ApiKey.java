package io.mistral4j;

import io.mistral4j.errors.ValidationException;

/**
 * An API key. It is held here and only here, and it never prints: {@link #toString()} is
 * masked so that the key cannot leak through logs, exception messages or debuggers' summaries.
 */
public final class ApiKey {

    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    /**
     * Wraps a key; blank keys are refused because every request would fail with 401, and so are
     * keys with control characters, which cannot be sent in a header.
     */
    public static ApiKey of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new ValidationException("apiKey", "must not be blank");
        }
        // Checked as the header value it becomes, so that a stray control character fails here, not on the wire.
        return new ApiKey(Headers.checkValue("apiKey", secret.strip()));
    }

    /** The key itself, for the one place that writes the Authorization header. */
    public String reveal() {
        return secret;
    }

    /** Whether {@code text} contains this key; used to prove it never leaks. */
    public boolean appearsIn(CharSequence text) {
        return text != null && text.toString().contains(secret);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey && ((ApiKey) other).secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return secret.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
