package io.mistral4j.impl.http;

import io.mistral4j.ApiKey;
import io.mistral4j.ClientOptions;

/**
 * Prepares text for the TRACE logs: hides the client's API key wherever it appears (a body may
 * echo it) and shortens very long bodies. Headers need no help: {@code Headers.toString()}
 * already masks credentials.
 */
public final class Redactor {

    /** What stands in for a secret. */
    public static final String MASK = "[redacted]";

    /** Longest body text logged; the rest is summarised by its length. */
    static final int MAX_LOGGED_CHARS = 64 * 1024;

    private static final Redactor NONE = new Redactor(null);

    private final String secret;

    private Redactor(String secret) {
        this.secret = secret;
    }

    /** Hides {@code options}' API key (when the client has one rather than an auth provider). */
    public static Redactor of(ClientOptions options) {
        ApiKey key = options.apiKey();
        return key == null ? NONE : new Redactor(key.reveal());
    }

    /** Hides nothing but still shortens. */
    public static Redactor none() {
        return NONE;
    }

    /** {@code text} without the key, cut to {@link #MAX_LOGGED_CHARS}; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String safe = secret == null || secret.isEmpty() ? text : text.replace(secret, MASK);
        if (safe.length() <= MAX_LOGGED_CHARS) {
            return safe;
        }
        return safe.substring(0, MAX_LOGGED_CHARS) + "... (" + (safe.length() - MAX_LOGGED_CHARS) + " more chars)";
    }

    @Override
    public String toString() {
        return secret == null ? "Redactor[nothing to hide]" : "Redactor[hides the API key]";
    }
}
