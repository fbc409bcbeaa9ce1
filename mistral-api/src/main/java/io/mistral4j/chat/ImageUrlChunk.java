package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/**
 * An image by URL or {@code data:} URI; on the wire {@code image_url} is an object or a bare string.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record ImageUrlChunk(ImageUrl imageUrl) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "image_url";

    /** Rejects a null image URL. */
    public ImageUrlChunk {
        Objects.requireNonNull(imageUrl, "imageUrl");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
