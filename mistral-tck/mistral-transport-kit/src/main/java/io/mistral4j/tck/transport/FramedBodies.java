package io.mistral4j.tck.transport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 body framing for the kit's server: reading length-delimited and chunked bodies, writing chunks. */
final class FramedBodies {

    private FramedBodies() {
    }

    /** Reads one line ending in CRLF (or LF) as ISO-8859-1; null at a clean end of stream. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (line.size() > 64 * 1024) {
                throw new IOException("header line longer than 64 KiB");
            }
            line.write(b);
        }
        if (line.size() == 0) {
            return null;
        }
        throw new EOFException("stream ended inside a line");
    }

    /** Exactly {@code length} bytes of {@code in}; reading past them returns -1. */
    static final class Fixed extends InputStream {
        private final InputStream in;
        private long remaining;

        Fixed(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read < 0) {
                throw new EOFException("the body ended " + remaining + " bytes early");
            }
            remaining -= read;
            return read;
        }
    }

    /** A chunked body, decoded; trailers are read and dropped. */
    static final class Chunked extends InputStream {
        private final InputStream in;
        private long chunkLeft;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (chunkLeft == 0) {
                String sizeLine = readLine(in);
                if (sizeLine == null) {
                    throw new EOFException("the chunked body ended without its last chunk");
                }
                int extension = sizeLine.indexOf(';');
                chunkLeft = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
                if (chunkLeft == 0) {
                    String trailer;
                    do {
                        trailer = readLine(in);
                    } while (trailer != null && !trailer.isEmpty());
                    done = true;
                    return -1;
                }
            }
            int read = in.read(buffer, offset, (int) Math.min(length, chunkLeft));
            if (read < 0) {
                throw new EOFException("the chunked body ended inside a chunk");
            }
            chunkLeft -= read;
            if (chunkLeft == 0 && !readLine(in).isEmpty()) {
                throw new IOException("a chunk is not followed by CRLF");
            }
            return read;
        }
    }

    /** Writes each write as one chunk; {@link #close()} writes the last chunk but keeps the socket open. */
    static final class ChunkedOut extends OutputStream {
        private final OutputStream out;

        ChunkedOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            // One write per chunk, so that the socket takes (or refuses) each chunk whole.
            byte[] head = (Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = new byte[head.length + length + 2];
            System.arraycopy(head, 0, chunk, 0, head.length);
            System.arraycopy(buffer, offset, chunk, head.length, length);
            chunk[chunk.length - 2] = '\r';
            chunk[chunk.length - 1] = '\n';
            out.write(chunk);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
