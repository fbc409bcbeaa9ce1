package io.mistral4j.impl.transport.jdk;

import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.impl.read.ReadDeadline;
import io.mistral4j.impl.read.Watchdog;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Enforces the read timeout on body streams that have none: a read that waits longer than the
 * timeout for its next bytes gets the stream closed under it and fails with a
 * {@link SocketTimeoutException} whose cause is a {@link MistralTimeoutException} of kind
 * {@code IDLE}. The transport's one timer thread serves all its streams; a read costs no
 * timer task of its own (see {@link ReadDeadline}).
 */
final class IdleTimeout {

    private final long timeoutNanos;
    private final Watchdog timer;

    /** @param timer the transport's timer thread; whoever closes it ends every watch */
    IdleTimeout(Duration timeout, Watchdog timer) {
        this.timeoutNanos = timeout.toNanos();
        this.timer = timer;
    }

    InputStream watch(InputStream body) {
        return new WatchedStream(body);
    }

    /** A body stream whose blocking reads are bounded by the timeout. */
    private final class WatchedStream extends FilterInputStream {
        private final ReadDeadline deadline = new ReadDeadline(timer, this::expire);
        private volatile boolean timedOut;

        WatchedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            arm();
            try {
                return super.read();
            } catch (IOException e) {
                throw translate(e);
            } finally {
                deadline.readEnded();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            arm();
            try {
                int read = super.read(buffer, offset, length);
                if (read < 0 && timedOut) {
                    throw timeout();
                }
                return read <= 0 ? read : read + queued(buffer, offset + read, length - read);
            } catch (IOException e) {
                throw translate(e);
            } finally {
                deadline.readEnded();
            }
        }

        /**
         * What the JDK has received already, up to {@code length} bytes, read without waiting: its
         * stream hands out one received buffer (for a stream, one HTTP/1.1 chunk: an event) per
         * read, and taking the queued ones now gives the layers above a socket read's worth at a
         * time instead of an event at a time. A failure met here is the JDK's to report again
         * on the next read, so the bytes read before it are kept.
         */
        private int queued(byte[] buffer, int offset, int length) {
            int read = 0;
            try {
                while (read < length && in.available() > 0) {
                    int more = in.read(buffer, offset + read, length - read);
                    if (more <= 0) {
                        break;
                    }
                    read += more;
                }
            } catch (IOException e) {
                // reported by the next read
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            deadline.cancel();
            super.close();
        }

        private void arm() throws IOException {
            if (timedOut) {
                throw timeout();
            }
            if (timer.isClosed()) {
                throw new IOException("transport closed");
            }
            deadline.readStarts(System.nanoTime() + timeoutNanos);
        }

        private void expire() {
            timedOut = true;
            try {
                in.close();
            } catch (IOException ignored) {
                // the reader sees the timeout either way
            }
        }

        private IOException translate(IOException e) {
            return timedOut ? timeout() : e;
        }

        private SocketTimeoutException timeout() {
            return failure(MistralTimeoutException.Kind.IDLE, silence(timeoutNanos));
        }
    }

    /** What an idle timeout says. */
    static String silence(long timeoutNanos) {
        return "read timed out after " + Duration.ofNanos(timeoutNanos).toMillis() + " ms without data";
    }

    /** A socket timeout, as readers of streams expect, carrying the typed timeout the client rethrows. */
    static SocketTimeoutException failure(MistralTimeoutException.Kind kind, String message) {
        SocketTimeoutException timeout = new SocketTimeoutException(message);
        timeout.initCause(new MistralTimeoutException(kind, message, null));
        return timeout;
    }
}
