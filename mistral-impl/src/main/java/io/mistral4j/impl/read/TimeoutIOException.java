package io.mistral4j.impl.read;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.InterruptedIOException;

/**
 * A body read cut short by one of the client's own deadlines (stream idle, overall), so that
 * {@link IoFailures} can report which one as a {@link MistralTimeoutException}.
 */
public final class TimeoutIOException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    private final MistralTimeoutException.Kind kind;

    public TimeoutIOException(MistralTimeoutException.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MistralTimeoutException.Kind kind() {
        return kind;
    }
}
