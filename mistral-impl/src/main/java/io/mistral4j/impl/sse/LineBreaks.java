package io.mistral4j.impl.sse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next line break ({@code \n} or {@code \r}) in a byte array eight bytes at a time:
 * each eight bytes are read as one {@code long}, and a byte equal to either is found with a few
 * arithmetic operations instead of two comparisons and a branch per byte (the usual
 * "has a zero byte" test on the word XOR-ed with the byte sought). Events are long lines, and
 * finding their ends is most of what a parser does with their bytes.
 */
final class LineBreaks {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

    private LineBreaks() {
    }

    /** The index of the first {@code \n} or {@code \r} in {@code bytes[from, to)}, or {@code to} when there is none. */
    static int next(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) WORDS.get(bytes, i);
            long found = zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ CARRIAGE_RETURNS);
            if (found != 0) {
                // The lowest flag is exact (a false one can only sit above a true one): the first break.
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                return i;
            }
        }
        return to;
    }

    /** The high bit of each byte of {@code word} that is zero (and maybe of bytes above one that is). */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGH_BITS;
    }
}
