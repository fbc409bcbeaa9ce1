package io.mistral4j.transport.httpclient5;

import io.mistral4j.Headers;
import io.mistral4j.spi.TransportResponse;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/** An answer whose body streams out of a {@link BodyBuffer}; closing it before the end aborts the exchange. */
final class HttpClient5Response implements TransportResponse {

    private final int statusCode;
    private final Headers headers;
    private final BodyBuffer buffer;
    private final Runnable abort;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final InputStream body;

    HttpClient5Response(int statusCode, Headers headers, BodyBuffer buffer, Runnable abort) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.buffer = buffer;
        this.abort = abort;
        this.body = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws java.io.IOException {
                java.util.Objects.checkFromIndexSize(offset, length, target.length);
                try {
                    return buffer.read(target, offset, length);
                } catch (java.net.SocketTimeoutException timeout) {
                    HttpClient5Response.this.close();   // a timed-out exchange is abandoned with its connection
                    throw timeout;
                }
            }

            @Override
            public int available() {
                return buffer.available();
            }

            @Override
            public void close() {
                HttpClient5Response.this.close();
            }
        };
    }

    @Override
    public int statusCode() {
        return statusCode;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public InputStream body() {
        return body;
    }

    /**
     * Before the end of the body, the unread rest cannot be skipped cheaply: the exchange is
     * aborted. The buffer is closed first, while it can still let the client read on (the
     * abort's cancellation would detach it), so that the next bytes fail the exchange even where
     * the abort cannot reach it.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            boolean early = !buffer.isComplete();
            buffer.close();
            if (early) {
                abort.run();
            }
        }
    }
}
