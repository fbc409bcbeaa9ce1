package io.mistral4j.impl.read;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Ends a streamed answer whose next event does not come within the idle timeout. Only the
 * time spent waiting in reads counts, so a caller that reads slowly (back-pressure) is never
 * taken for a silent server; only the end of an event that carries data resets the count:
 * keep-alive comments, events without data and half-sent events do not, so a server that sends
 * nothing but {@code : keep-alive} is found silent.
 */
final class EventIdleGuard extends GuardedBody {

    private final ReadDeadline deadline;
    private final long timeoutNanos;
    private final EventBoundaries boundaries = new EventBoundaries();
    private long waitedNanos;

    EventIdleGuard(InputStream in, Watchdog watchdog, Duration timeout) {
        super(in, MistralTimeoutException.Kind.IDLE);
        this.deadline = new ReadDeadline(watchdog, this::expire);
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
        deadline.readStarts(started + timeoutNanos - waitedNanos);
        int read;
        try {
            read = readGuarded(buffer, offset, length);
        } finally {
            deadline.readEnded();
        }
        waitedNanos += System.nanoTime() - started;
        if (read > 0 && boundaries.scan(buffer, offset, read)) {
            waitedNanos = 0;
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        deadline.cancel();
        super.close();
    }
}
