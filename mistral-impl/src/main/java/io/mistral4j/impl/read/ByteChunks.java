package io.mistral4j.impl.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes collected in chunks that are never re-copied as they grow (unlike a
 * {@code ByteArrayOutputStream}, which copies everything each time it doubles): one copy at the
 * end.
 */
final class ByteChunks {

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    void write(byte[] bytes, int offset, int length) {
        if (length > 0) {
            byte[] copy = new byte[length];
            System.arraycopy(bytes, offset, copy, 0, length);
            add(copy);
        }
    }

    /** Takes {@code chunk} as it is; the caller must not touch it afterwards. */
    void add(byte[] chunk) {
        chunks.add(chunk);
        size += chunk.length;
    }

    long size() {
        return size;
    }

    /** All the bytes in one array. */
    byte[] toByteArray() {
        if (chunks.size() == 1) {
            return chunks.get(0);
        }
        byte[] all = new byte[Math.toIntExact(size)];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }
}
