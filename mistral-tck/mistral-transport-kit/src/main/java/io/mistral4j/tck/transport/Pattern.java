package io.mistral4j.tck.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bodies made of a position-dependent byte pattern, so that any lost, repeated or reordered
 * byte is noticed without holding the body: byte {@code p} of a body is {@code p % 251}
 * (a prime, so that the pattern never lines up with buffer sizes).
 */
final class Pattern {

    private static final int PERIOD = 251;
    /** One period past 64 KiB, so that any window of 64 KiB starts at any phase. */
    private static final byte[] TILE = tile(64 * 1024 + PERIOD);

    private Pattern() {
    }

    static byte at(long position) {
        return (byte) (position % PERIOD);
    }

    /**
     * Writes {@code length} pattern bytes in pieces of at most {@code piece} bytes, adding each
     * piece to {@code accepted} once the socket took it.
     */
    static void write(OutputStream out, long length, int piece, AtomicLong accepted) throws IOException {
        long position = 0;
        while (position < length) {
            int phase = (int) (position % PERIOD);
            int size = (int) Math.min(Math.min(piece, TILE.length - phase), length - position);
            out.write(TILE, phase, size);
            position += size;
            accepted.addAndGet(size);
        }
    }

    /**
     * Reads {@code in} to its end, checking every byte against the pattern.
     *
     * @return the number of bytes read
     * @throws IllegalStateException naming the first position that differs
     */
    static long verify(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long position = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] != at(position + i)) {
                    throw new IllegalStateException("body byte " + (position + i) + " is " + (buffer[i] & 0xFF)
                            + " but the server sent " + (at(position + i) & 0xFF));
                }
            }
            position += read;
        }
        return position;
    }

    /** A body of {@code length} pattern bytes, made as it is read; counts what was read. */
    static final class Source extends InputStream {
        private final long length;
        private final AtomicLong pulled = new AtomicLong();

        Source(long length) {
            this.length = length;
        }

        /** How many bytes the reader has taken so far. */
        long pulled() {
            return pulled.get();
        }

        @Override
        public int read() {
            long position = pulled.get();
            if (position >= length) {
                return -1;
            }
            pulled.incrementAndGet();
            return at(position) & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            long position = pulled.get();
            if (position >= length) {
                return -1;
            }
            int size = (int) Math.min(count, length - position);
            int done = 0;
            while (done < size) {
                int phase = (int) ((position + done) % PERIOD);
                int piece = Math.min(size - done, TILE.length - phase);
                System.arraycopy(TILE, phase, buffer, offset + done, piece);
                done += piece;
            }
            pulled.addAndGet(size);
            return size;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, length - pulled.get());
        }
    }

    private static byte[] tile(int size) {
        byte[] tile = new byte[size];
        for (int i = 0; i < size; i++) {
            tile[i] = at(i);
        }
        return tile;
    }
}
