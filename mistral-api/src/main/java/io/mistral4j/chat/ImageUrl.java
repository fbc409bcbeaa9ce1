package io.mistral4j.chat;

import java.util.Objects;

/** An image location and, optionally, the detail level to look at it with. */
public record ImageUrl(String url, ImageDetail detail) {

    /** Rejects a null URL; a null detail is not sent. */
    public ImageUrl {
        Objects.requireNonNull(url, "url");
    }
}
