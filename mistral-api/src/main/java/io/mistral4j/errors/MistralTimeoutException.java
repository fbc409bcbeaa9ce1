package io.mistral4j.errors;

/** A connect, response, idle or overall timeout elapsed; {@link #kind()} says which. */
public class MistralTimeoutException extends MistralConnectionException {

    private static final long serialVersionUID = 1L;

    /** Which deadline was missed. */
    public enum Kind {
        /** No connection was made (or none became free in the pool) within {@code connectTimeout}. */
        CONNECT,
        /** An attempt got no status line and headers within {@code responseTimeout}. */
        RESPONSE,
        /**
         * The answer went silent for longer than {@code readTimeout}, or a stream's events for longer
         * than {@code streamIdleTimeout}.
         */
        IDLE,
        /** The call, all attempts and waits included, went beyond {@code callTimeout} or the call's own timeout. */
        OVERALL
    }

    private final Kind kind;

    /**
     * A timeout of {@code kind}; the message says what was being waited for, the cause is the transport's
     * own exception (or null).
     */
    public MistralTimeoutException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * Which deadline was missed; only a {@link Kind#CONNECT} timeout is sure to have left the server
     * untouched.
     */
    public Kind kind() {
        return kind;
    }
}
