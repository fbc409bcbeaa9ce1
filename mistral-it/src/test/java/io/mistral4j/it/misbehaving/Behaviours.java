package io.mistral4j.it.misbehaving;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scripted answers, each in the spirit of a socket policy of OkHttp's MockWebServer. Every
 * one stops by itself at the exchange's deadline or when the client closes the connection.
 */
final class Behaviours {

    static final String JSON = "application/json";
    static final String EVENT_STREAM = "text/event-stream";
    private static final int FILL_CHUNK = 64 * 1024;

    private Behaviours() {
    }

    /** A complete answer with a {@code Content-Length}; the connection stays open for the next request. */
    static Behaviour json(int status, String body) {
        return json(status, body, Map.of());
    }

    static Behaviour json(int status, String body, Map<String, String> extraHeaders) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
            headers.put("Content-Type", JSON);
            headers.put("Content-Length", Integer.toString(bytes.length));
            exchange.write(head(status, headers));
            exchange.write(bytes);
            return true;
        };
    }

    /** The headers at once, then the body {@code bytesPerSecond} bytes a second. */
    static Behaviour drip(int status, String body, int bytesPerSecond) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.write(head(status, Map.of("Content-Type", JSON, "Content-Length", Integer.toString(bytes.length))));
            long pause = 1000L / bytesPerSecond;
            for (byte b : bytes) {
                if (!exchange.pause(pause)) {
                    return false;
                }
                exchange.write(new byte[] {b});
            }
            return true;
        };
    }

    /** A chunked JSON body that never ends: an opening brace, then spaces as fast as the client reads. */
    static Behaviour endlessChunkedJson(int status) {
        return exchange -> {
            exchange.write(head(status, Map.of("Content-Type", JSON, "Transfer-Encoding", "chunked")));
            exchange.writeChunk("{\"object\":\"list\",\"data\":[");
            byte[] filler = filler((byte) ' ');
            while (exchange.running()) {
                exchange.writeChunk(filler);
            }
            return false;
        };
    }

    /** A chunked JSON error body of {@code totalBytes} (the message is one long string). */
    static Behaviour hugeChunkedError(int status, long totalBytes) {
        return exchange -> {
            exchange.write(head(status, Map.of("Content-Type", JSON, "Transfer-Encoding", "chunked")));
            String open = "{\"object\":\"error\",\"type\":\"internal_error\",\"code\":\"5000\",\"message\":\"";
            exchange.writeChunk(open);
            byte[] filler = filler((byte) 'x');
            long left = totalBytes - open.length() - 2;
            while (left > 0 && exchange.running()) {
                byte[] piece = left >= filler.length ? filler : Arrays.copyOf(filler, (int) left);
                exchange.writeChunk(piece);
                left -= piece.length;
            }
            if (left <= 0) {
                exchange.writeChunk("\"}");
                exchange.endChunks();
            }
            return false;
        };
    }

    /** An event stream of comments only: {@code : keep-alive} every {@code periodMillis}, never an event. */
    static Behaviour commentOnlyStream(long periodMillis) {
        return exchange -> {
            exchange.write(head(200, streamHeaders()));
            while (exchange.running()) {
                exchange.writeChunk(": keep-alive\n\n");
                exchange.pause(periodMillis);
            }
            return false;
        };
    }

    /** An event stream that sends {@code events} and then one {@code data:} line that never ends. */
    static Behaviour endlessSseLine(String... events) {
        return exchange -> {
            exchange.write(head(200, streamHeaders()));
            for (String event : events) {
                exchange.writeChunk(event);
            }
            exchange.writeChunk("data: {\"id\":\"cmpl-it\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"delta\":"
                    + "{\"content\":\"");
            byte[] filler = filler((byte) 'a');
            while (exchange.running()) {
                exchange.writeChunk(filler);
            }
            return false;
        };
    }

    /** A whole event stream: {@code events}, then {@code data: [DONE]}. */
    static Behaviour sseStream(String... events) {
        return exchange -> {
            exchange.write(head(200, streamHeaders()));
            for (String event : events) {
                exchange.writeChunk(event);
            }
            exchange.writeChunk("data: [DONE]\n\n");
            exchange.endChunks();
            return true;
        };
    }

    /**
     * A whole event stream whose terminating chunk comes {@code pauseMillis} after {@code [DONE]},
     * in a write of its own, as from a server that flushes each event as it is produced.
     */
    static Behaviour sseStreamEndingLater(long pauseMillis, String... events) {
        return exchange -> {
            exchange.write(head(200, streamHeaders()));
            for (String event : events) {
                exchange.writeChunk(event);
            }
            exchange.writeChunk("data: [DONE]\n\n");
            if (!exchange.pause(pauseMillis)) {
                return false;
            }
            exchange.endChunks();
            return true;
        };
    }

    /** An event stream that sends {@code events} and then nothing, holding the connection until the client closes it. */
    static Behaviour sseThenHold(String... events) {
        return exchange -> {
            exchange.write(head(200, streamHeaders()));
            for (String event : events) {
                exchange.writeChunk(event);
            }
            exchange.holdUntilClientCloses();
            return false;
        };
    }

    /** Reads the request whole, then closes the connection without a byte of answer. */
    static Behaviour dropAfterRequest() {
        return exchange -> false;
    }

    /** A 401 whose message repeats the request's {@code Authorization} header. */
    static Behaviour unauthorizedEchoingCredentials() {
        return exchange -> json(401, Payloads.unauthorizedEcho(String.valueOf(exchange.request().header("authorization"))))
                .respond(exchange);
    }

    private static Map<String, String> streamHeaders() {
        return Map.of("Content-Type", EVENT_STREAM, "Transfer-Encoding", "chunked", "Cache-Control", "no-cache");
    }

    private static byte[] filler(byte value) {
        byte[] bytes = new byte[FILL_CHUNK];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static String head(int status, Map<String, String> headers) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 401: return "Unauthorized";
            case 409: return "Conflict";
            case 500: return "Internal Server Error";
            default: return "Status";
        }
    }
}
