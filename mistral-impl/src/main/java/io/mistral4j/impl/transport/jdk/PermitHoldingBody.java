package io.mistral4j.impl.transport.jdk;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body that holds its exchange's {@link ExchangePermits.Permit} while the exchange runs: it is
 * released at the end of the body (the JDK then returns the connection to its pool), on a failed
 * read (the connection is gone) and on close.
 */
final class PermitHoldingBody extends FilterInputStream {

    private final ExchangePermits.Permit permit;

    PermitHoldingBody(InputStream body, ExchangePermits.Permit permit) {
        super(body);
        this.permit = permit;
    }

    @Override
    public int read() throws IOException {
        try {
            return releasedAtEnd(super.read());
        } catch (IOException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return releasedAtEnd(super.read(buffer, offset, length));
        } catch (IOException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            permit.release();
        }
    }

    private int releasedAtEnd(int read) {
        if (read < 0) {
            permit.release();
        }
        return read;
    }
}
