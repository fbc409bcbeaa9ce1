package io.mistral4j.impl.transport.jdk;

import io.mistral4j.errors.MistralTimeoutException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Enforces the read timeout on body streams that have none: a read that waits longer than the
 * timeout for its next bytes gets the stream closed under it and fails with a
 * {@link SocketTimeoutException} whose cause is a {@link MistralTimeoutException} of kind
 * {@code IDLE}. One daemon timer thread serves all streams of a transport.
 */
final class IdleTimeout implements AutoCloseable {

    private final long timeoutNanos;
    private final ScheduledExecutorService timer;

    IdleTimeout(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mistral4j-jdk-read-timeout");
            thread.setDaemon(true);
            return thread;
        });
    }

    InputStream watch(InputStream body) {
        return new WatchedStream(body);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** A body stream whose blocking reads are bounded by the timeout. */
    private final class WatchedStream extends FilterInputStream {
        private volatile boolean timedOut;

        WatchedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            ScheduledFuture<?> alarm = arm();
            try {
                return super.read();
            } catch (IOException e) {
                throw translate(e);
            } finally {
                alarm.cancel(false);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            ScheduledFuture<?> alarm = arm();
            try {
                int read = super.read(buffer, offset, length);
                if (read < 0 && timedOut) {
                    throw timeout();
                }
                return read;
            } catch (IOException e) {
                throw translate(e);
            } finally {
                alarm.cancel(false);
            }
        }

        private ScheduledFuture<?> arm() throws IOException {
            if (timedOut) {
                throw timeout();
            }
            if (timer.isShutdown()) {
                throw new IOException("transport closed");
            }
            return timer.schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
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

        /** A socket timeout, as readers of streams expect, carrying the typed timeout the client rethrows. */
        private SocketTimeoutException timeout() {
            String message = "read timed out after " + Duration.ofNanos(timeoutNanos).toMillis() + " ms without data";
            SocketTimeoutException timeout = new SocketTimeoutException(message);
            timeout.initCause(new MistralTimeoutException(MistralTimeoutException.Kind.IDLE, message, null));
            return timeout;
        }
    }
}
