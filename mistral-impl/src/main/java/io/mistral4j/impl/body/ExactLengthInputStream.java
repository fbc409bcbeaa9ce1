package io.mistral4j.impl.body;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes through exactly the announced number of bytes: a source that ends early, or holds
 * more, fails the upload with a message saying so, instead of sending a body that disagrees
 * with its {@code Content-Length}.
 */
public final class ExactLengthInputStream extends FilterInputStream {

    private final long expected;
    private final String name;
    private long read;

    public ExactLengthInputStream(InputStream in, long expected, String name) {
        super(in);
        this.expected = expected;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        long remaining = expected - read;
        if (remaining == 0) {
            if (in.read() >= 0) {
                throw new IOException(name + " holds more than the announced " + expected + " bytes");
            }
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (n < 0) {
            throw new IOException(name + " ended after " + read + " of the announced " + expected + " bytes");
        }
        read += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, expected - read));
        read += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
