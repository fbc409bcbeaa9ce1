package io.mistral4j.impl.resilience;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Ends a streamed answer whose next event does not come within the idle timeout. Only the
 * time spent waiting in reads counts, so a caller that reads slowly (back-pressure) is never
 * taken for a silent server; bytes that are not a whole event (keep-alive comments, a
 * half-sent event) do not reset the count, an event's closing blank line does.
 */
final class EventIdleGuard extends GuardedBody {

    private final Watchdog watchdog;
    private final long timeoutNanos;
    private long waitedNanos;
    private boolean atLineStart = true;
    private boolean afterCarriageReturn;

    EventIdleGuard(InputStream in, Watchdog watchdog, Duration timeout) {
        super(in, MistralTimeoutException.Kind.IDLE);
        this.watchdog = watchdog;
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    String expiryMessage() {
        return "no stream event for " + Duration.ofNanos(timeoutNanos).toMillis() + " ms (the stream idle timeout)";
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        long started = System.nanoTime();
        Watchdog.Alarm alarm = watchdog.schedule(this::expire, timeoutNanos - waitedNanos);
        int read;
        try {
            read = readGuarded(buffer, offset, length);
        } finally {
            alarm.cancel();
        }
        waitedNanos += System.nanoTime() - started;
        if (read > 0 && endsAnEvent(buffer, offset, read)) {
            waitedNanos = 0;
        }
        return read;
    }

    /** Follows line ends across reads; true when a blank line (the end of an event) went by. */
    private boolean endsAnEvent(byte[] buffer, int offset, int length) {
        boolean ended = false;
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (b == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
                continue; // the second half of CRLF
            }
            afterCarriageReturn = b == '\r';
            if (b == '\n' || b == '\r') {
                ended |= atLineStart;
                atLineStart = true;
            } else {
                atLineStart = false;
            }
        }
        return ended;
    }
}
