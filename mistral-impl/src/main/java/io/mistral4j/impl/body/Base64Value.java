package io.mistral4j.impl.body;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A JSON string value a {@link StreamedJsonBody} writes as the base64 encoding of some content
 * read at send time (an audio file, large bytes), never held encoded in memory.
 *
 * @param name   what the content is, for error messages (a file name, "audio bytes")
 * @param size   the content's size in bytes; a source that then holds another number fails the send
 * @param opener opens the content, once per send
 */
public record Base64Value(String name, long size, Opener opener) {

    public Base64Value {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }

    /** The number of base64 characters the value is written as. */
    public long encodedLength() {
        return Base64EncodingInputStream.encodedLength(size);
    }

    /** The value's base64 text, read from its content now. */
    InputStream openEncoded() throws IOException {
        return new Base64EncodingInputStream(new ExactLengthInputStream(opener.open(), size, name));
    }

    /** Opens the content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
