package io.mistral4j.errors;

/**
 * Root of every exception Mistral4J throws. Unchecked: callers catch the subclasses they
 * can act on ({@link RateLimitException}, {@link MistralTimeoutException}, ...) and let the
 * rest travel. Messages never contain the API key.
 */
public class MistralException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MistralException(String message) {
        super(message);
    }

    public MistralException(String message, Throwable cause) {
        super(message, cause);
    }
}
