package io.mistral4j.impl.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Reads what is left of a body whose content is complete, such as a stream after its
 * {@code [DONE]} event: on HTTP/1.1 the terminating chunk may still be on its way, and a
 * transport closed before it has read the end of the body discards the connection instead of
 * keeping it for the next call. Bounded in bytes and in time (the wait also ends at the call's
 * deadline, which guards the body underneath): a server that keeps sending, or does not end the
 * body soon, loses its connection as before.
 */
final class RestOfBody {

    /** The most bytes read after the content: the terminating chunk and any trailers fit many times. */
    static final int MAX_BYTES = 64 * 1024;
    /** The longest wait for the end: far above a round trip on a loaded host, short for a caller. */
    static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Watchdog watchdog;
    private final GuardedBody cuttable;

    /**
     * @param cuttable the guard under {@code body} whose expiry unblocks a waiting read when
     *                 the wait is over
     */
    RestOfBody(Watchdog watchdog, GuardedBody cuttable) {
        this.watchdog = watchdog;
        this.cuttable = cuttable;
    }

    /** Reads {@code body} to its end within the bounds; returns whether the end was reached. */
    boolean readToEnd(InputStream body) {
        Watchdog.Alarm alarm = watchdog.schedule(cuttable::expire, MAX_WAIT_NANOS);
        try {
            byte[] buffer = new byte[512];
            long total = 0;
            while (total <= MAX_BYTES) {
                int read = body.read(buffer, 0, buffer.length);
                if (read < 0) {
                    return true;
                }
                total += read;
            }
            return false;
        } catch (IOException e) {
            return false; // cut at the end of the wait, or failed: either way the connection goes
        } finally {
            alarm.cancel();
        }
    }
}
