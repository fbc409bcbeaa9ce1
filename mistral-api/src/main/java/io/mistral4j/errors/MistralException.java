package io.mistral4j.errors;

import java.util.List;

/**
 * Root of every exception Mistral4J throws. Unchecked: callers catch the subclasses they
 * can act on ({@link RateLimitException}, {@link MistralTimeoutException}, ...) and let the
 * rest travel. Messages never contain the API key.
 *
 * <p>When a call fails after retries, the exception of its last attempt is thrown: its message
 * ends with {@code (after N attempts)}, {@link #attempts()} gives N, and the failures of the
 * earlier attempts are its {@linkplain #getSuppressed() suppressed} exceptions, oldest first.
 */
public class MistralException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private int attempts = 1;

    /** A failure described by {@code message}, which must not contain secrets. */
    public MistralException(String message) {
        super(message);
    }

    /** A failure described by {@code message} (without secrets), caused by {@code cause}. */
    public MistralException(String message, Throwable cause) {
        super(message, cause);
    }

    /** How many attempts the failed call made, this failure's included: 1 unless it was retried. */
    public int attempts() {
        return attempts;
    }

    /**
     * Records that this failure ended a call after {@code attempts} attempts, whose earlier
     * failures are added as suppressed exceptions. The client calls it once, before the
     * exception reaches the caller.
     *
     * @return this exception, to be thrown
     */
    public MistralException afterAttempts(int attempts, List<? extends Throwable> earlierFailures) {
        if (attempts > this.attempts) {
            this.attempts = attempts;
        }
        for (Throwable earlier : earlierFailures) {
            if (earlier != null && earlier != this) {
                addSuppressed(earlier);
            }
        }
        return this;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        return attempts > 1 ? message + " (after " + attempts + " attempts)" : message;
    }
}
