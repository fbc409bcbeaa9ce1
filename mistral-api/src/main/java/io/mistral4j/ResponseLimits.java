package io.mistral4j;

import io.mistral4j.errors.ValidationException;

/**
 * How much of an answer a client holds in memory, so that a broken or hostile server can never
 * exhaust the heap. Going beyond a limit ends the call with a
 * {@link io.mistral4j.errors.ResponseTooLargeException} naming it.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param maxResponseBytes largest answer read whole into memory (every JSON or text answer;
 *                         downloads are streamed and not bounded by it); per call,
 *                         {@link RequestOptions.Builder#maxResponseBytes(long)} overrides it
 * @param maxEventBytes    largest line or event of a streamed answer, and most bytes read before
 *                         its first event
 */
public record ResponseLimits(long maxResponseBytes, long maxEventBytes) {

    /** Upper bound of the default {@link #maxResponseBytes()}. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES_CAP = 256L * 1024 * 1024;

    /** Default {@link #maxEventBytes()}: far above any event the API sends (chat chunks are a few KiB). */
    public static final long DEFAULT_MAX_EVENT_BYTES = 8L * 1024 * 1024;

    /** Error bodies are read up to this size only: the rest is dropped with the connection. */
    public static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    /**
     * Checks both limits are at least 1 byte; otherwise throws {@link ValidationException} naming the
     * limit.
     */
    public ResponseLimits {
        if (maxResponseBytes < 1) {
            throw new ValidationException("maxResponseBytes", "must be at least 1, was " + maxResponseBytes);
        }
        if (maxEventBytes < 1) {
            throw new ValidationException("maxEventBytes", "must be at least 1, was " + maxEventBytes);
        }
    }

    /**
     * 256 MiB for a buffered answer, or a quarter of the heap when that is smaller; 8 MiB per
     * stream event. 256 MiB holds the largest real answers (OCR of a document of the largest size
     * the API accepts, with its images in base64); the quarter of the heap keeps reading to the
     * limit from ever exhausting a small heap.
     */
    public static ResponseLimits defaults() {
        long quarterOfHeap = Runtime.getRuntime().maxMemory() / 4;
        return new ResponseLimits(Math.max(1024 * 1024, Math.min(DEFAULT_MAX_RESPONSE_BYTES_CAP, quarterOfHeap)),
                DEFAULT_MAX_EVENT_BYTES);
    }
}
