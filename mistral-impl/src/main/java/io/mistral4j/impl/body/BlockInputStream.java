package io.mistral4j.impl.body;

import java.io.IOException;
import java.io.InputStream;

/** A stream that is read in blocks: reading one byte is reading a block of one. */
abstract class BlockInputStream extends InputStream {

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] buffer, int offset, int length) throws IOException;
}
