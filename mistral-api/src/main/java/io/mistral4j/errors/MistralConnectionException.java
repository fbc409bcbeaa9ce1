package io.mistral4j.errors;

/** The exchange failed below HTTP: refused, reset or closed connection, TLS failure. */
public class MistralConnectionException extends MistralException {

    private static final long serialVersionUID = 1L;

    public MistralConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
