package io.mistral4j.errors;

/** The exchange failed below HTTP: refused, reset or closed connection, TLS failure. */
public class MistralConnectionException extends MistralException {

    private static final long serialVersionUID = 1L;

    /** A failure below HTTP described by {@code message}; {@code cause} is the transport's exception. */
    public MistralConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
