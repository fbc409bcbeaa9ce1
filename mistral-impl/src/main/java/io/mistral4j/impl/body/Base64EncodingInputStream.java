package io.mistral4j.impl.body;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The standard base64 encoding (padded, no line breaks) of another stream, read piece by piece:
 * the JDK encodes only into an {@code OutputStream}, and a request body is read from. Memory
 * stays at two small buffers whatever the source's size.
 */
public final class Base64EncodingInputStream extends BlockInputStream {

    /** Whole groups of three bytes encode without padding, so only the last read pads. */
    private static final int RAW_BLOCK = 3 * 8 * 1024;

    private final InputStream source;
    private final Base64.Encoder encoder = Base64.getEncoder();
    private final byte[] raw = new byte[RAW_BLOCK];
    private final byte[] encoded = new byte[RAW_BLOCK / 3 * 4];
    private int position;
    private int limit;
    private boolean ended;

    public Base64EncodingInputStream(InputStream source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The length of the encoding of {@code size} bytes. */
    public static long encodedLength(long size) {
        return (size + 2) / 3 * 4;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(encoded, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return limit - position;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** Encodes the next block of the source; false once it has ended. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int filled = source.readNBytes(raw, 0, raw.length);
        if (filled < raw.length) {
            ended = true;
        }
        if (filled == 0) {
            return false;
        }
        limit = encoder.encode(filled == raw.length ? raw : Arrays.copyOf(raw, filled), encoded);
        position = 0;
        return true;
    }
}
