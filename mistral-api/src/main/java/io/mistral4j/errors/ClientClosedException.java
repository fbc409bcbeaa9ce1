package io.mistral4j.errors;

/**
 * The client was closed while an operation was still waiting, such as
 * {@code awaitCompletion} polling a job. What runs on the server (the job) is not affected.
 * Not worth retrying with the same client.
 */
public final class ClientClosedException extends MistralException {

    private static final long serialVersionUID = 1L;

    /**
     * The wait described by {@code message} ended by the client's close; {@code cause} is what interrupted
     * it, or null.
     */
    public ClientClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
