package io.mistral4j.impl.resilience;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Reads a Server-Sent Events body until its first complete event that carries data (a
 * {@code data} line followed by a blank line) and hands back a stream that replays those bytes
 * before the rest. Until then nothing has reached the caller, so a failure is still safe to
 * retry; after it, the stream is the caller's.
 */
final class FirstEventPeek {

    private static final int CHUNK = 8192;

    private final ByteArrayOutputStream seen = new ByteArrayOutputStream(1024);
    private int scanned;
    private int lineStart;
    private boolean sawData;

    /** The replaying stream, or throws the read failure; EOF before a whole event is an {@link IOException}. */
    static InputStream peek(InputStream body) throws IOException {
        return new FirstEventPeek().read(body);
    }

    private InputStream read(InputStream body) throws IOException {
        byte[] chunk = new byte[CHUNK];
        while (true) {
            int read = body.read(chunk);
            if (read < 0) {
                throw new IOException("the event stream ended before its first event (" + seen.size() + " bytes)");
            }
            seen.write(chunk, 0, read);
            if (completesFirstEvent()) {
                return new SequenceInputStream(new ByteArrayInputStream(seen.toByteArray()), body);
            }
        }
    }

    /** Scans the new bytes line by line; true at the blank line that ends an event with data. */
    private boolean completesFirstEvent() {
        byte[] bytes = seen.toByteArray();
        int i = scanned;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b != '\n' && b != '\r') {
                i++;
                continue;
            }
            if (b == '\r' && i + 1 == bytes.length) {
                break; // a CR at the end may be the first half of CRLF: wait for more
            }
            int lineEnd = i;
            int next = b == '\r' && bytes[i + 1] == '\n' ? i + 2 : i + 1;
            if (lineEnd == lineStart) {
                if (sawData) {
                    return true;
                }
            } else if (startsWithDataField(bytes, lineStart, lineEnd)) {
                sawData = true;
            }
            lineStart = next;
            i = next;
        }
        scanned = i;
        return false;
    }

    private static boolean startsWithDataField(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length < 4 || bytes[start] != 'd' || bytes[start + 1] != 'a' || bytes[start + 2] != 't'
                || bytes[start + 3] != 'a') {
            return false;
        }
        return length == 4 || bytes[start + 4] == ':';
    }
}
