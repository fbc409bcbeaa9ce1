package io.mistral4j.errors;

/**
 * A shared budget store (e.g. Redis) could not be reached in time and its policy is to fail
 * fast rather than spend from a local share of the limit: the call was not sent. Not retried;
 * calls succeed again once the store answers.
 */
public class BudgetStoreUnavailableException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final String store;

    /** The store named {@code store} (e.g. {@code redis}) failed with {@code cause}, described by {@code message}. */
    public BudgetStoreUnavailableException(String store, String message, Throwable cause) {
        super("budget store '" + store + "' is unavailable: " + message + "; the call was not sent", cause);
        this.store = store;
    }

    /** The store's name, e.g. {@code redis}. */
    public String store() {
        return store;
    }
}
