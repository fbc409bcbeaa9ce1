package io.mistral4j.impl.sse;

import java.io.InputStream;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/** Returns its bytes in pieces whose sizes a function chooses, like a socket read by read. */
final class ChunkedInputStream extends InputStream {

    private final byte[] bytes;
    private final IntUnaryOperator pieceSize;
    private int position;
    private int reads;

    private ChunkedInputStream(byte[] bytes, IntUnaryOperator pieceSize) {
        this.bytes = bytes;
        this.pieceSize = pieceSize;
    }

    /** One byte per read. */
    static ChunkedInputStream oneByteAtATime(byte[] bytes) {
        return new ChunkedInputStream(bytes, read -> 1);
    }

    /** The first {@code split} bytes in one read, the rest in the next. */
    static ChunkedInputStream splitAt(byte[] bytes, int split) {
        return new ChunkedInputStream(bytes, read -> read == 0 ? split : Integer.MAX_VALUE);
    }

    /** Pieces of 1 to {@code maxPiece} bytes, chosen by a seeded random. */
    static ChunkedInputStream randomPieces(byte[] bytes, long seed, int maxPiece) {
        Random random = new Random(seed);
        return new ChunkedInputStream(bytes, read -> 1 + random.nextInt(maxPiece));
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position == bytes.length) {
            return -1;
        }
        int size = Math.max(0, pieceSize.applyAsInt(reads++));
        int count = Math.min(Math.min(size, length), bytes.length - position);
        if (count == 0) {
            // an empty first piece: hand out the next byte rather than a zero-length read
            count = 1;
        }
        System.arraycopy(bytes, position, target, offset, count);
        position += count;
        return count;
    }

    /** How many reads were served. */
    int reads() {
        return reads;
    }
}
