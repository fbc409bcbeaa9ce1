package io.mistral4j.errors;

/** A connect, response, idle or overall timeout elapsed; {@link #kind()} says which. */
public class MistralTimeoutException extends MistralConnectionException {

    private static final long serialVersionUID = 1L;

    /** Which deadline was missed. */
    public enum Kind { CONNECT, RESPONSE, IDLE, OVERALL }

    private final Kind kind;

    public MistralTimeoutException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
