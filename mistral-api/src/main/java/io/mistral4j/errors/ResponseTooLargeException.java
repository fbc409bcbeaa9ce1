package io.mistral4j.errors;

/** An answer, error body or stream line was larger than the limit this client reads. */
public class ResponseTooLargeException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public ResponseTooLargeException(String message, long limitBytes) {
        super(message);
        this.limitBytes = limitBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }
}
