package io.mistral4j.chat;

import java.util.Objects;

/**
 * An image location and, optionally, the detail level to look at it with.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record ImageUrl(String url, ImageDetail detail) {

    /** Rejects a null URL; a null detail is not sent. */
    public ImageUrl {
        Objects.requireNonNull(url, "url");
    }
}
