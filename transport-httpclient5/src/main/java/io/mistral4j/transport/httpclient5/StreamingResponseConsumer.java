package io.mistral4j.transport.httpclient5;

import io.mistral4j.Headers;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Hands the answer over as soon as its head arrives and streams the body through a
 * {@link BodyBuffer}. HttpClient's own result (completed at the end of the body) is kept
 * apart from the head future, so that the exchange stays cancellable, and its connection
 * abortable, for as long as the body is being read.
 */
final class StreamingResponseConsumer implements AsyncResponseConsumer<Void> {

    private final CompletableFuture<TransportResponse> head = new CompletableFuture<>();
    private final BodyBuffer body;
    private final Runnable abort;
    private volatile FutureCallback<Void> result;
    private volatile boolean complete;

    /**
     * @param readTimeout longest wait for body data
     * @param abort       cancels the exchange, closing its connection
     */
    StreamingResponseConsumer(Duration readTimeout, Runnable abort) {
        this.body = new BodyBuffer(readTimeout);
        this.abort = abort;
    }

    CompletableFuture<TransportResponse> head() {
        return head;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                FutureCallback<Void> resultCallback) {
        this.result = resultCallback;
        Headers.Builder headers = Headers.builder();
        for (Header header : response.getHeaders()) {
            headers.addReceived(header.getName(), header.getValue());
        }
        if (entity == null) {
            complete = true;
            resultCallback.completed(null);
        }
        head.complete(new HttpClient5Response(response.getCode(), headers.build(), body, abort));
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers are the client's business
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        body.updateCapacity(capacityChannel);
    }

    @Override
    public void consume(ByteBuffer data) throws IOException {
        body.fill(data);
    }

    /**
     * The last byte arrived. The reader is told only in {@link #releaseResources()}, which
     * HttpClient calls once the connection is back in the pool: a caller that reads to the end
     * and sends again at once then reuses that connection instead of opening another.
     */
    @Override
    public void streamEnd(List<? extends Header> trailers) {
        complete = true;
        FutureCallback<Void> callback = result;
        if (callback != null) {
            callback.completed(null);
        }
    }

    @Override
    public void failed(Exception cause) {
        fail(cause);
    }

    /** The exchange failed: before the head, the send fails; after it, the body read does. */
    void fail(Exception cause) {
        if (!head.completeExceptionally(cause)) {
            body.fail(cause);
        }
    }

    @Override
    public void releaseResources() {
        if (complete) {
            body.end();
        } else {
            // released without an end: the exchange failed or was aborted, whatever the order of the callbacks
            fail(new java.io.IOException("the exchange ended before the whole body arrived"));
        }
    }
}
