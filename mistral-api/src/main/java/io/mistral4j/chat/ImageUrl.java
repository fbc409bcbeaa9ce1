package io.mistral4j.chat;

import java.util.Objects;

/** An image location and, optionally, the detail level to look at it with. */
public record ImageUrl(String url, ImageDetail detail) {

    public ImageUrl {
        Objects.requireNonNull(url, "url");
    }
}
