package io.mistral4j.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A request body: its content type, its length when known, and a way to read it. */
public interface RequestBody {

    /**
     * The {@code Content-Type} header value, e.g. {@code application/json} or a multipart type with its
     * boundary.
     */
    String contentType();

    /** The length in bytes, or {@code -1} when unknown (sent chunked). */
    long contentLength();

    /** Opens the body for one read; a repeatable body can be opened again for a retry. */
    InputStream openStream() throws IOException;

    /** Whether {@link #openStream()} may be called more than once. */
    default boolean isRepeatable() {
        return false;
    }

    /** A body held in memory; transports may use {@link Bytes#bytes()} without copying. */
    static Bytes ofBytes(byte[] bytes, String contentType) {
        return new Bytes(bytes, contentType);
    }

    /** A body already in memory. */
    final class Bytes implements RequestBody {
        private final byte[] bytes;
        private final String contentType;

        Bytes(byte[] bytes, String contentType) {
            this.bytes = Objects.requireNonNull(bytes, "bytes");
            this.contentType = Objects.requireNonNull(contentType, "contentType");
        }

        /** The bytes themselves; callers must not modify them. */
        public byte[] bytes() {
            return bytes;
        }

        @Override
        public String contentType() {
            return contentType;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public InputStream openStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean isRepeatable() {
            return true;
        }
    }
}
