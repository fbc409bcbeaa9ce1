package io.mistral4j.transport.netty;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request and its answer on one leased channel (a pooled HTTP/1.1 connection or an HTTP/2
 * stream): completes the head future, feeds the body, and gives the channel back exactly once,
 * to be reused when the answer ended cleanly on a keep-alive connection, closed otherwise. The
 * channel is returned before the reader sees the end, so a caller that sends again at once
 * reuses it.
 */
final class Exchange {

    final TransportRequest request;
    final CompletableFuture<TransportResponse> head = new CompletableFuture<>();
    private final Channel channel;
    private final Lease lease;
    private final NettyBody body;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean keepAlive;
    private volatile boolean requestSent;
    private volatile ScheduledFuture<?> responseTimer;

    Exchange(TransportRequest request, Lease lease, Duration readTimeout) {
        this.request = request;
        this.channel = lease.channel;
        this.lease = lease;
        this.body = new NettyBody(readTimeout.toNanos(), this::demand, () -> abort(null));
    }

    /** Arms the response deadline (on the event loop). */
    void startResponseTimer(Duration timeout) {
        if (timeout != null) {
            responseTimer = channel.eventLoop().schedule(() -> abort(new MistralTimeoutException(
                    MistralTimeoutException.Kind.RESPONSE, "no answer within " + timeout.toMillis() + " ms: "
                    + request, null)), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void requestSent() {
        requestSent = true;
    }

    // ------------------------------------------------------------ event loop

    void onHead(HttpResponse response) {
        cancelTimer();
        keepAlive = HttpUtil.isKeepAlive(response);
        Headers.Builder headers = Headers.builder();
        boolean translated = lease.http2();
        for (Map.Entry<String, String> header : response.headers()) {
            if (!translated || !Http2Translation.isSynthetic(header.getKey())) {
                headers.addReceived(header.getKey(), header.getValue());
            }
        }
        head.complete(TransportResponse.of(response.status().code(), headers.build(), body));
    }

    /** Takes ownership of every buffer in {@code contents}. */
    void onContent(java.util.List<io.netty.buffer.ByteBuf> contents) {
        body.add(contents);
    }

    void onEnd() {
        if (finished.compareAndSet(false, true)) {
            if (keepAlive && requestSent) {
                lease.reuse();
            } else {
                lease.discard();
            }
            body.end();
        }
    }

    boolean wantsMore() {
        return !head.isDone() || body.wantsMore();
    }

    /** Ends the exchange without its answer: the connection is closed, never reused. */
    void abort(Throwable cause) {
        if (finished.compareAndSet(false, true)) {
            cancelTimer();
            Throwable failure = cause != null ? cause
                    : new MistralConnectionException("the exchange was abandoned: " + request, null);
            if (!head.completeExceptionally(failure)) {
                body.fail(failure);
            }
            lease.discard();
        }
    }

    private void demand() {
        channel.eventLoop().execute(() -> {
            if (!finished.get() && body.wantsMore()) {
                channel.read();
            }
        });
    }

    private void cancelTimer() {
        ScheduledFuture<?> timer = responseTimer;
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
