package io.mistral4j.impl.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Reads a Server-Sent Events body until its first complete event that carries data (a
 * {@code data} line followed by a blank line) and hands back a stream that replays those bytes
 * before the rest. Until then nothing has reached the caller, so a failure is still safe to
 * retry; after it, the stream is the caller's. What it reads before that event is bounded: a
 * server that sends only comments or one endless line fails with a {@link LimitExceededIOException}.
 */
final class FirstEventPeek {

    private static final int CHUNK = 8192;

    private FirstEventPeek() {
    }

    /**
     * The replaying stream, or throws the read failure; EOF before a whole event is an
     * {@link IOException}, more than {@code maxBytes} before it a {@link LimitExceededIOException}.
     */
    static InputStream peek(InputStream body, long maxBytes) throws IOException {
        EventBoundaries boundaries = new EventBoundaries();
        ByteChunks seen = new ByteChunks();
        byte[] chunk = new byte[CHUNK];
        while (true) {
            int read = body.read(chunk, 0, (int) Math.min(CHUNK, maxBytes - seen.size() + 1));
            if (read < 0) {
                throw new IOException("the event stream ended before its first event (" + seen.size() + " bytes)");
            }
            seen.write(chunk, 0, read);
            if (boundaries.scan(chunk, 0, read)) {
                return new SequenceInputStream(new java.io.ByteArrayInputStream(seen.toByteArray()), body);
            }
            if (seen.size() > maxBytes) {
                throw new LimitExceededIOException("maxEventBytes", maxBytes,
                        "more than " + maxBytes + " bytes before the stream's first event");
            }
        }
    }
}
