package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The single place where replies become HTTP responses. Every response gets the correlation id
 * and rate-limit headers here, whatever produced it.
 */
public final class ReplyWriter {

    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

    private final Ids ids;
    private final RateLimitMeter rateLimits;
    private final Duration chunkDelay;
    private final int eventsPerFlush;

    public ReplyWriter(Ids ids, RateLimitMeter rateLimits, Duration chunkDelay) {
        this(ids, rateLimits, chunkDelay, 1);
    }

    /**
     * @param eventsPerFlush events written before the socket is flushed (and {@code chunkDelay}
     *                       paused): each event is still a chunk of its own when the server's
     *                       stream can be reached (see {@link ChunkFrames}), else the events of a
     *                       flush share one chunk
     */
    public ReplyWriter(Ids ids, RateLimitMeter rateLimits, Duration chunkDelay, int eventsPerFlush) {
        if (eventsPerFlush < 1) {
            throw new IllegalArgumentException("eventsPerFlush must be at least 1");
        }
        this.ids = ids;
        this.rateLimits = rateLimits;
        this.chunkDelay = chunkDelay;
        this.eventsPerFlush = eventsPerFlush;
    }

    public void write(HttpExchange exchange, Reply reply) throws IOException {
        commonHeaders(exchange, reply.tokenCost());
        writeBody(exchange, reply);
    }

    /** The headers every response carries, a scripted fault's too: correlation id and rate limits. */
    public void commonHeaders(HttpExchange exchange, long tokenCost) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("mistral-correlation-id", ids.correlationId());
        rateLimits.charge(tokenCost).forEach(headers::set);
    }

    /** Writes a normal reply (the common headers are already set). */
    public void writeBody(HttpExchange exchange, Reply reply) throws IOException {
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

    public static byte[] jsonBytes(Reply.Json reply) {
        return Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
    }

    /** Each event of a stream as it goes on the wire, {@code [DONE]} last unless its events are named. */
    public static List<byte[]> eventBytes(Reply.EventStream reply) {
        List<byte[]> events = new ArrayList<>();
        for (JsonObject event : reply.events()) {
            String name = reply.named() ? "event: " + Json.string(event, "type") + "\n" : "";
            events.add((name + "data: " + Json.write(event) + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!reply.named()) {
            events.add(DONE);
        }
        return events;
    }

    public static void streamHeaders(HttpExchange exchange) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream");
        headers.set("Cache-Control", "no-cache");
    }

    private void writeJson(HttpExchange exchange, Reply.Json reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1); // -1: no body, no Content-Length
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        byte[] bytes = jsonBytes(reply);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Chunked transfer; each event is flushed on its own so clients see it arrive. */
    private void writeEventStream(HttpExchange exchange, Reply.EventStream reply) throws IOException {
        writeEventStream(exchange, reply, -1, Duration.ZERO);
    }

    /** Chunked transfer; after {@code stallAfter} events (if not negative) the stream pauses for {@code stall}. */
    public void writeEventStream(HttpExchange exchange, Reply.EventStream reply, int stallAfter, Duration stall)
            throws IOException {
        streamHeaders(exchange);
        exchange.sendResponseHeaders(200, 0);
        List<byte[]> events = eventBytes(reply);
        try (OutputStream out = exchange.getResponseBody()) {
            // The head goes out before the first event, as a real server's does: on recent JDKs (25) the
            // JDK's HTTP server holds it back until the first write or flush.
            out.flush();
            ChunkFrames frames = eventsPerFlush > 1 ? ChunkFrames.of(exchange) : null;
            for (int i = 0; i < events.size(); i++) {
                if (i == stallAfter) {
                    sleep(stall);
                }
                boolean flush = (i + 1) % eventsPerFlush == 0 || i == events.size() - 1 || i + 1 == stallAfter;
                if (frames != null) {
                    frames.write(events.get(i));
                    if (flush) {
                        frames.flush();
                    }
                } else {
                    out.write(events.get(i));
                    if (flush) {
                        out.flush();
                    }
                }
                if (flush && i < events.size() - 1) {
                    sleep(chunkDelay);
                }
            }
        }
    }

    public static void sleep(Duration pause) throws IOException {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("simulator stopping", e);
        }
    }
}
