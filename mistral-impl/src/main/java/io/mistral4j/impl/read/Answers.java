package io.mistral4j.impl.read;

import io.mistral4j.ResponseLimits;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The one place where answers are read under the client's bounds, one entry point per kind of
 * answer: {@link #buffered} (JSON and text, whole, up to {@code maxResponseBytes}),
 * {@link #error} (the first {@value ResponseLimits#MAX_ERROR_BODY_BYTES} bytes of an error body),
 * {@link #stream} (an event stream up to its first event, then idle-guarded with every event
 * bounded) and {@link #download} (handed on unread). Every byte is read under the call's
 * deadline: a body dripped slowly is cut at the deadline, not at the next byte.
 */
final class Answers {

    private static final int FIRST_CHUNK = 8 * 1024;
    private static final int LARGEST_CHUNK = 1024 * 1024;

    private final Watchdog watchdog;
    private final Duration streamIdleTimeout;

    Answers(Watchdog watchdog, Duration streamIdleTimeout) {
        this.watchdog = watchdog;
        this.streamIdleTimeout = streamIdleTimeout;
    }

    /** The whole body, or a {@link LimitExceededIOException} as soon as it is known to be too large. */
    BufferedResponse buffered(TransportResponse response, CallDeadline deadline, long maxBytes) throws IOException {
        long declared = declaredLength(response);
        if (declared > maxBytes) {
            throw new LimitExceededIOException("maxResponseBytes", maxBytes,
                    "the answer declares " + declared + " bytes");
        }
        try (InputStream body = underDeadline(response.body(), deadline)) {
            byte[] bytes = declared >= 0 ? exactly(body, (int) declared) : upTo(body, maxBytes);
            return new BufferedResponse(response.statusCode(), response.headers(), bytes);
        }
    }

    /** The first part of an error body; the rest is left unread and dropped with the connection. */
    BufferedResponse error(TransportResponse response, CallDeadline deadline) throws IOException {
        int max = ResponseLimits.MAX_ERROR_BODY_BYTES;
        try (InputStream body = underDeadline(response.body(), deadline)) {
            byte[] buffer = new byte[max + 1];
            int read = body.readNBytes(buffer, 0, buffer.length);
            boolean truncated = read > max;
            byte[] kept = java.util.Arrays.copyOf(buffer, truncated ? max : read);
            return new BufferedResponse(response.statusCode(), response.headers(), kept, truncated);
        }
    }

    /**
     * An event stream read up to its first event carrying data (nothing has reached the caller,
     * so the attempt can still be retried); afterwards its body is cut at the deadline and when no
     * event comes within the stream idle timeout.
     */
    GuardedAnswer stream(TransportResponse response, CallDeadline deadline, long maxEventBytes) throws IOException {
        EventIdleGuard guarded = new EventIdleGuard(underDeadline(response.body(), deadline), watchdog,
                streamIdleTimeout);
        try {
            return new GuardedAnswer(response, FirstEventPeek.peek(guarded, maxEventBytes), maxEventBytes,
                    new RestOfBody(watchdog, guarded), guarded);
        } catch (IOException | RuntimeException e) {
            guarded.close();
            throw e;
        }
    }

    /** A binary answer handed on unread, its body cut at the call's deadline. */
    GuardedAnswer download(TransportResponse response, CallDeadline deadline, long maxEventBytes) {
        return new GuardedAnswer(response, underDeadline(response.body(), deadline), maxEventBytes, null, null);
    }

    private InputStream underDeadline(InputStream body, CallDeadline deadline) {
        return deadline.isSet() ? new DeadlineGuard(body, watchdog, deadline.nanosLeft(), deadline.millisAtStart())
                : body;
    }

    /**
     * The declared bytes, then the body's end: closing a body the transport has not yet seen end
     * cancels its exchange, and a cancel that comes after the connection went back to the pool
     * closes it under the next call ("connection closed locally"), or at best costs a new one.
     */
    private static byte[] exactly(InputStream body, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = body.readNBytes(bytes, 0, length);
        if (read == length) {
            body.read();   // -1 once the transport has seen the end; a longer body is dropped with its connection
            return bytes;
        }
        return java.util.Arrays.copyOf(bytes, read);
    }

    /** Reads to the end in growing chunks, none of them re-copied until the one copy at the end. */
    private static byte[] upTo(InputStream body, long maxBytes) throws IOException {
        ByteChunks chunks = new ByteChunks();
        int chunkSize = FIRST_CHUNK;
        while (true) {
            byte[] chunk = new byte[chunkSize];
            int read = body.readNBytes(chunk, 0, chunk.length);
            if (read > 0) {
                if (chunks.size() + read > maxBytes) {
                    throw new LimitExceededIOException("maxResponseBytes", maxBytes,
                            "the answer went beyond " + maxBytes + " bytes");
                }
                chunks.add(read == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, read));
            }
            if (read < chunk.length) {
                return chunks.toByteArray();
            }
            chunkSize = Math.min(LARGEST_CHUNK, chunkSize * 2);
        }
    }

    private static long declaredLength(TransportResponse response) {
        return response.headers().first("content-length").map(text -> {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(-1L);
    }
}
