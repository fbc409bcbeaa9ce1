package io.mistral4j.impl.http;

import io.mistral4j.ApiKey;
import io.mistral4j.ClientOptions;
import io.mistral4j.Redaction;
import java.net.URI;

/**
 * Prepares text for logs and exception messages: hides the client's API key wherever it
 * appears (a body may echo it), credentials a server echoed ({@link Redaction#credentials}),
 * the user information of URLs, and shortens very long bodies for the logs. Headers need no
 * help: {@code Headers.toString()} already masks credentials.
 */
public final class Redactor {

    /** What stands in for a secret. */
    public static final String MASK = Redaction.MASK;

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

    /** {@code text} without the key or echoed credentials, cut to {@link #MAX_LOGGED_CHARS}; null stays null. */
    public String redact(String text) {
        String safe = hide(text);
        if (safe == null || safe.length() <= MAX_LOGGED_CHARS) {
            return safe;
        }
        return safe.substring(0, MAX_LOGGED_CHARS) + "... (" + (safe.length() - MAX_LOGGED_CHARS) + " more chars)";
    }

    /** {@code text} without the key or echoed credentials, whole; null stays null. */
    public String hide(String text) {
        if (text == null) {
            return null;
        }
        String withoutKey = secret == null || secret.isEmpty() ? text : text.replace(secret, MASK);
        return Redaction.credentials(withoutKey);
    }

    /** {@code uri} as text without its user information ({@code user:password@}) or the key. */
    public String uri(URI uri) {
        return hide(Redaction.uri(uri));
    }

    @Override
    public String toString() {
        return secret == null ? "Redactor[nothing to hide]" : "Redactor[hides the API key]";
    }
}
