package io.mistral4j.tck.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The verification routes, all under {@code /_tck/}. Each answers one question the kit asks
 * of a transport; {@code tag} ties an exchange to the state the kit reads back
 * ({@link TckServer.Tag}). Waits are bounded, so a transport that never answers cannot hang
 * the server.
 */
final class TckRoutes {

    /** The longest any route holds an answer or waits for the client. */
    static final long MAX_WAIT_MILLIS = 20_000;
    /** Bytes per socket write, so that accepted bytes are counted at a fine grain. */
    private static final int PIECE = 16 * 1024;
    /** An endless stream ends anyway after this many bytes. */
    private static final long ENDLESS_CAP = 4L << 30;

    private final TckServer server;

    TckRoutes(TckServer server) {
        this.server = server;
    }

    /** Answers {@code request}; returns whether the connection may serve another request. */
    boolean handle(TckRequest request, TckResponse response) throws IOException {
        String tagName = request.param("tag", null);
        TckServer.Tag tag = tagName == null ? null : server.tag(tagName);
        if (tag != null) {
            tag.connection = request.connection;
        }
        try {
            switch (request.path) {
                case "/_tck/echo":
                    return echo(request, response, tag);
                case "/_tck/status":
                    return status(request, response);
                case "/_tck/headers":
                    response.send(200, "headers".getBytes(StandardCharsets.US_ASCII), "Content-Type", "text/plain",
                            "X-Tck-Repeated", "one", "X-Tck-Repeated", "two", "x-MiXeD-cAsE", "kept",
                            "X-Request-ID", "tck-request-1");
                    return true;
                case "/_tck/redirect":
                    response.send(302, "moved".getBytes(StandardCharsets.US_ASCII), "Location",
                            "/_tck/echo?redirected=true", "Content-Type", "text/plain");
                    return true;
                case "/_tck/sse":
                    return sse(request, response, tag);
                case "/_tck/bytes":
                    return bytes(request, response, tag);
                case "/_tck/endless":
                    return endless(response, tag);
                case "/_tck/stall":
                    return stall(request, response);
                case "/_tck/no-answer":
                    request.connection.awaitPeerClose(MAX_WAIT_MILLIS);
                    return false;
                case "/_tck/reset":
                    return reset(request, response);
                case "/_tck/reset-before-answer":
                    request.connection.reset();
                    return false;
                case "/_tck/gate":
                    return gate(request, response, tag);
                default:
                    response.send(404, ("no route " + request.path).getBytes(StandardCharsets.UTF_8),
                            "Content-Type", "text/plain");
                    return true;
            }
        } catch (IOException e) {
            if (tag != null) {
                tag.peerClosed.complete("the connection ended while answering " + request.path + ": " + e);
            }
            throw e;
        }
    }

    private boolean echo(TckRequest request, TckResponse response, TckServer.Tag tag) throws IOException {
        if (tag != null && request.query.containsKey("hold")) {
            await(tag.release);
        }
        MessageDigest digest = sha256();
        long length = 0;
        byte[] buffer = new byte[64 * 1024];
        int read;
        InputStream body = request.body;
        while ((read = body.read(buffer)) >= 0) {
            digest.update(buffer, 0, read);
            length += read;
            if (tag != null) {
                tag.received.addAndGet(read);
            }
        }
        StringBuilder lines = new StringBuilder();
        for (String[] header : request.headers) {
            lines.append(header[0]).append(": ").append(header[1]).append('\n');
        }
        ServerConnection connection = request.connection;
        String proxy = request.absoluteForm() ? "absolute " + request.target
                : connection.tunnel() != null ? "connect " + connection.tunnel() : "none";
        response.send(200, lines.toString().getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/plain; charset=utf-8",
                "X-Tck-Method", request.method,
                "X-Tck-Target", request.target,
                "X-Tck-Framing", request.framing,
                "X-Tck-Body-Length", Long.toString(length),
                "X-Tck-Body-Sha256", HexFormat.of().formatHex(digest.digest()),
                "X-Tck-Connection", Integer.toString(connection.id),
                "X-Tck-Sequence", Integer.toString(request.sequence),
                "X-Tck-Proxy", proxy,
                "X-Tck-Protocol", connection.protocol());
        return true;
    }

    private boolean status(TckRequest request, TckResponse response) throws IOException {
        int code = (int) request.longParam("code", 200);
        byte[] body = ("{\"status\":" + code + ",\"message\":\"status " + code + " from the kit\"}")
                .getBytes(StandardCharsets.UTF_8);
        response.send(code, code == 204 || code == 304 ? new byte[0] : body, "Content-Type", "application/json",
                "X-Tck-Status", Integer.toString(code));
        return true;
    }

    private boolean sse(TckRequest request, TckResponse response, TckServer.Tag tag) throws IOException {
        int events = (int) request.longParam("events", 3);
        OutputStream out = response.chunked(200, "Content-Type", "text/event-stream", "Cache-Control", "no-cache");
        for (int i = 1; i <= events; i++) {
            out.write(("data: {\"index\":" + i + "}\n\n").getBytes(StandardCharsets.UTF_8));
            if (i == 1 && tag != null) {
                await(tag.release);
            }
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.close();
        return true;
    }

    private boolean bytes(TckRequest request, TckResponse response, TckServer.Tag tag) throws IOException {
        long size = request.longParam("size", 1024);
        TckServer.Tag counter = tag != null ? tag : new TckServer.Tag();
        if (Boolean.parseBoolean(request.param("chunked", "false"))) {
            FramedBodies.ChunkedOut out = response.chunked(200, "Content-Type", "application/octet-stream");
            Pattern.write(out, size, PIECE, counter.written);
            out.close();
        } else {
            OutputStream out = response.fixed(200, size, "Content-Type", "application/octet-stream");
            Pattern.write(out, size, PIECE, counter.written);
            out.flush();
        }
        return true;
    }

    private boolean endless(TckResponse response, TckServer.Tag tag) throws IOException {
        TckServer.Tag counter = tag != null ? tag : new TckServer.Tag();
        FramedBodies.ChunkedOut out = response.chunked(200, "Content-Type", "text/event-stream");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        while (counter.written.get() < ENDLESS_CAP && System.nanoTime() < deadline) {
            Pattern.write(out, PIECE, PIECE, counter.written);
        }
        out.close();
        return true;
    }

    private boolean stall(TckRequest request, TckResponse response) throws IOException {
        long after = request.longParam("after", 1000);
        OutputStream out = response.fixed(200, after + 1_000_000, "Content-Type", "application/octet-stream");
        Pattern.write(out, after, PIECE, new java.util.concurrent.atomic.AtomicLong());
        out.flush();
        request.connection.awaitPeerClose(MAX_WAIT_MILLIS);
        return false;
    }

    private boolean reset(TckRequest request, TckResponse response) throws IOException {
        long after = request.longParam("after", 64 * 1024);
        OutputStream out = response.fixed(200, after * 4, "Content-Type", "application/octet-stream");
        Pattern.write(out, after, PIECE, new java.util.concurrent.atomic.AtomicLong());
        out.flush();
        sleep(100);   // let the client take the first part before the reset
        request.connection.reset();
        return false;
    }

    private boolean gate(TckRequest request, TckResponse response, TckServer.Tag tag) throws IOException {
        int parties = (int) request.longParam("parties", 1);
        String index = request.param("index", "?");
        CountDownLatch gate = tag.gate(parties);
        tag.arrivals.incrementAndGet();
        gate.countDown();
        boolean all = await(gate);
        if (all) {
            response.send(200, ("index " + index).getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain");
        } else {
            response.send(504, ("only " + tag.arrivals.get() + " of " + parties + " exchanges were in flight at once")
                    .getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain");
        }
        return true;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
