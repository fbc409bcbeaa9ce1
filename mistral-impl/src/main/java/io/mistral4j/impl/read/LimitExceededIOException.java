package io.mistral4j.impl.read;

import java.io.IOException;

/**
 * A read stopped because the answer went beyond one of the client's limits; {@link IoFailures}
 * turns it into a {@link io.mistral4j.errors.ResponseTooLargeException}.
 */
public final class LimitExceededIOException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final long limitBytes;

    public LimitExceededIOException(String setting, long limitBytes, String message) {
        super(message);
        this.setting = setting;
        this.limitBytes = limitBytes;
    }

    public String setting() {
        return setting;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
