package io.mistral4j.files;

import io.mistral4j.Redaction;
import java.net.URI;

/**
 * A URL anyone holding it can download a file from until it expires. It carries its own
 * credentials: share it with care. Mistral4J never sends your API key to it.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param url the URL
 */
public record SignedUrl(String url) {

    /**
     * The URL as a {@link URI}; throws {@link IllegalArgumentException} if the server sent a malformed URL.
     */
    public URI uri() {
        return URI.create(url);
    }

    /** Scheme, host and path only: the query, which holds the signature, is masked. */
    @Override
    public String toString() {
        return "SignedUrl[" + Redaction.signedUrl(url) + ']';
    }
}
