package io.mistral4j.tck.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes one HTTP/1.1 answer straight to the connection: head, then a fixed-length or chunked body. */
final class TckResponse {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(302, "Found"), Map.entry(304, "Not Modified"), Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(409, "Conflict"), Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final OutputStream out;

    TckResponse(OutputStream out) {
        this.out = out;
    }

    /** A whole answer with a fixed-length body; {@code headers} are name, value pairs. */
    void send(int status, byte[] body, String... headers) throws IOException {
        OutputStream stream = fixed(status, body.length, headers);
        stream.write(body);
        stream.flush();
    }

    /** Writes the head with {@code Content-Length: length}; the caller writes exactly that many bytes. */
    OutputStream fixed(int status, long length, String... headers) throws IOException {
        boolean bodiless = status == 204 || status == 304;
        head(status, bodiless ? "" : "Content-Length: " + length + "\r\n", headers);
        return out;
    }

    /** Writes a chunked head; each write is one chunk and {@code close()} ends the body. */
    FramedBodies.ChunkedOut chunked(int status, String... headers) throws IOException {
        head(status, "Transfer-Encoding: chunked\r\n", headers);
        return new FramedBodies.ChunkedOut(out);
    }

    private void head(int status, String framing, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Status")).append("\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append(framing).append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
