package io.mistral4j.impl.read;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body stream that one of the client's deadlines can end: {@link #expire()} closes the
 * underlying stream (which unblocks a waiting read) and every later read fails with a
 * {@link TimeoutIOException} of the deadline's kind.
 */
abstract class GuardedBody extends FilterInputStream {

    private final MistralTimeoutException.Kind kind;
    private volatile boolean expired;

    GuardedBody(InputStream in, MistralTimeoutException.Kind kind) {
        super(in);
        this.kind = kind;
    }

    /** What the reader is told when the deadline ends the stream. */
    abstract String expiryMessage();

    final void expire() {
        expired = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the timeout either way
        }
    }

    final boolean isExpired() {
        return expired;
    }

    final IOException timeout() {
        return new TimeoutIOException(kind, expiryMessage());
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    /** Reads from the underlying stream, turning a read ended by the deadline into its timeout. */
    final int readGuarded(byte[] buffer, int offset, int length) throws IOException {
        if (expired) {
            throw timeout();
        }
        try {
            int read = in.read(buffer, offset, length);
            if (read < 0 && expired) {
                throw timeout();
            }
            return read;
        } catch (IOException e) {
            if (expired) {
                throw timeout();
            }
            throw e;
        }
    }
}
