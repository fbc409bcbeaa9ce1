package io.mistral4j.spi;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;

/**
 * For transports whose synchronous {@link HttpTransport#send} waits for an exchange that runs
 * on I/O threads: a failure raised there has only event-loop frames in its stack, and the
 * caller who catches it cannot see which of its own calls failed. Rethrow it through
 * {@link #wrap} instead.
 */
public final class CallerFrames {

    private CallerFrames() {
    }

    /**
     * A new exception of {@code failure}'s type, message and details (a timeout's kind), created
     * on the calling thread so that its stack is the caller's, with {@code failure} as its cause.
     * A type this class cannot rebuild (a subclass it does not know) is returned as it is, with
     * the caller's frames added as a suppressed exception, so that its type is never changed.
     *
     * @param failure the exception raised on another thread
     * @return the exception to throw to the caller
     */
    public static MistralException wrap(MistralException failure) {
        Class<?> type = failure.getClass();
        if (type == MistralTimeoutException.class) {
            return new MistralTimeoutException(((MistralTimeoutException) failure).kind(), failure.getMessage(), failure);
        }
        if (type == MistralConnectionException.class) {
            return new MistralConnectionException(failure.getMessage(), failure);
        }
        if (type == MistralException.class) {
            return new MistralException(failure.getMessage(), failure);
        }
        failure.addSuppressed(new MistralException("awaited on thread " + Thread.currentThread().getName()));
        return failure;
    }
}
