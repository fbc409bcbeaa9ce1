package io.mistral4j.impl.read;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Ends a streamed answer whose next event does not come within the idle timeout. Only the
 * time spent waiting in reads counts, so a caller that reads slowly (back-pressure) is never
 * taken for a silent server; only an event that carries data resets the count, which the
 * stream's parser reports ({@link #eventArrived()}) as it hands the event on: keep-alive
 * comments, events without data and half-sent events do not, so a server that sends nothing but
 * {@code : keep-alive} is found silent. The parser has found where events end already, so the
 * guard does not scan the bytes a second time.
 */
final class EventIdleGuard extends GuardedBody {

    private final ReadDeadline deadline;
    private final long timeoutNanos;
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
        return read;
    }

    /** An event carrying data has been read: the wait for the next one starts from nothing. Same thread as the reads. */
    void eventArrived() {
        waitedNanos = 0;
    }

    @Override
    public void close() throws IOException {
        deadline.cancel();
        super.close();
    }
}
