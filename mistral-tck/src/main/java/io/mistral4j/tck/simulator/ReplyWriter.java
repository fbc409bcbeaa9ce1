package io.mistral4j.tck.simulator;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The single place where replies become HTTP responses. Every response gets the correlation id
 * and rate-limit headers here, whatever produced it.
 */
final class ReplyWriter {

    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

    private final Ids ids;
    private final RateLimitMeter rateLimits;
    private final Duration chunkDelay;

    ReplyWriter(Ids ids, RateLimitMeter rateLimits, Duration chunkDelay) {
        this.ids = ids;
        this.rateLimits = rateLimits;
        this.chunkDelay = chunkDelay;
    }

    void write(HttpExchange exchange, Reply reply) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("mistral-correlation-id", ids.correlationId());
        rateLimits.charge(reply.tokenCost()).forEach(headers::set);
        if (reply instanceof Reply.Json json) {
            writeJson(exchange, json);
        } else if (reply instanceof Reply.EventStream stream) {
            writeEventStream(exchange, stream);
        } else if (reply instanceof Reply.Binary binary) {
            writeBinary(exchange, binary);
        }
    }

    /** Copied from the content stream in small buffers: a stored file of any size is never in memory. */
    private void writeBinary(HttpExchange exchange, Reply.Binary reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.length() == 0 ? -1 : reply.length());
        if (reply.length() == 0) {
            return;
        }
        try (java.io.InputStream in = reply.content().open(); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private void writeJson(HttpExchange exchange, Reply.Json reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1); // -1: no body, no Content-Length
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        byte[] bytes = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Chunked transfer; each event is flushed on its own so clients see it arrive. */
    private void writeEventStream(HttpExchange exchange, Reply.EventStream reply) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream");
        headers.set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (JsonObject event : reply.events()) {
                out.write(("data: " + Json.write(event) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                pause();
            }
            out.write(DONE);
            out.flush();
        }
    }

    private void pause() throws IOException {
        if (chunkDelay.isZero()) {
            return;
        }
        try {
            Thread.sleep(chunkDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("simulator stopping", e);
        }
    }
}
