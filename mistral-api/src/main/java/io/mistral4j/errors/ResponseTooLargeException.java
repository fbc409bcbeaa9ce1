package io.mistral4j.errors;

/**
 * An answer was larger than a limit the client reads under: a buffered answer beyond
 * {@code maxResponseBytes}, or a stream event (or what precedes a stream's first event) beyond
 * {@code maxEventBytes}. The connection is closed; nothing more of the answer is read, so a
 * broken or hostile server cannot exhaust the heap. The message names the limit and how to raise
 * it. Not retried: the same request would get the same answer.
 */
public class ResponseTooLargeException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final long limitBytes;

    /**
     * An answer beyond {@code limitBytes}, the value of the client setting named {@code setting}; the
     * message says how to raise it.
     */
    public ResponseTooLargeException(String message, String setting, long limitBytes) {
        super(message);
        this.setting = setting;
        this.limitBytes = limitBytes;
    }

    /** The setting that bounds what was read, e.g. {@code maxResponseBytes} or {@code maxEventBytes}. */
    public String setting() {
        return setting;
    }

    /** The limit in bytes that the answer went beyond. */
    public long limitBytes() {
        return limitBytes;
    }
}
