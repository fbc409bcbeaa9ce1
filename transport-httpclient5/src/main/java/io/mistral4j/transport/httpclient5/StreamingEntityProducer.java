package io.mistral4j.transport.httpclient5;

import io.mistral4j.spi.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.support.classic.ContentOutputStream;
import org.apache.hc.core5.http.nio.support.classic.SharedOutputBuffer;

/**
 * Sends a {@link RequestBody} read from its stream on a worker thread (the stream may block;
 * the I/O thread must not), through a bounded buffer the I/O thread drains as the socket
 * takes it. Unlike HttpCore's classic producer it declares the body's length when known, so
 * that such bodies go out with {@code Content-Length} instead of chunked.
 */
final class StreamingEntityProducer implements AsyncEntityProducer {

    private static final int BUFFER = 64 * 1024;

    private final RequestBody body;
    private final Executor executor;
    private final SharedOutputBuffer buffer = new SharedOutputBuffer(BUFFER);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Exception failure;

    StreamingEntityProducer(RequestBody body, Executor executor) {
        this.body = body;
        this.executor = executor;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        if (started.compareAndSet(false, true)) {
            executor.execute(this::copy);
        }
        buffer.flush(channel);
    }

    private void copy() {
        try (InputStream in = body.openStream()) {
            OutputStream out = new ContentOutputStream(buffer);
            in.transferTo(out);
            buffer.writeCompleted();
        } catch (IOException | RuntimeException e) {
            failure = e;
            buffer.abort();
        }
    }

    @Override
    public boolean isRepeatable() {
        return body.isRepeatable();
    }

    @Override
    public int available() {
        return buffer.length();
    }

    @Override
    public long getContentLength() {
        return body.contentLength();
    }

    @Override
    public String getContentType() {
        return body.contentType();
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return body.contentLength() < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return null;
    }

    @Override
    public void failed(Exception cause) {
        failure = cause;
        buffer.abort();
    }

    Exception failure() {
        return failure;
    }

    @Override
    public void releaseResources() {
        buffer.abort();   // wakes a worker still blocked on a full buffer
    }
}
