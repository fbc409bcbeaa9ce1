package io.mistral4j.impl.read;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.IOException;
import java.io.InputStream;

/** Ends a body at the call's deadline (a waiting read is unblocked); closing it first cancels the alarm. */
final class DeadlineGuard extends GuardedBody {

    private final long overallMillis;
    private final Watchdog.Alarm alarm;

    /**
     * @param nanosLeft     time left until the deadline
     * @param overallMillis the call's whole timeout, for the message
     */
    DeadlineGuard(InputStream in, Watchdog watchdog, long nanosLeft, long overallMillis) {
        super(in, MistralTimeoutException.Kind.OVERALL);
        this.overallMillis = overallMillis;
        this.alarm = watchdog.schedule(this::expire, nanosLeft);
    }

    @Override
    String expiryMessage() {
        return "the call's overall timeout of " + overallMillis + " ms elapsed";
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return readGuarded(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
        alarm.cancel();
        super.close();
    }
}
