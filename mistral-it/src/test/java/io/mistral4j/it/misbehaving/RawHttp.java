package io.mistral4j.it.misbehaving;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over one socket, to check what the server really puts on the wire
 * without a client library in between. Reads are bounded by a 10 s socket timeout.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    RawHttp(MisbehavingServer server) throws IOException {
        this.socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1)));
        socket.setSoTimeout(10_000);
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    Socket socket() {
        return socket;
    }

    /** Sends a request with a {@code Content-Length} body (empty for none) and extra header lines. */
    RawHttp send(String method, String path, String body, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    /** Sends raw bytes as they are (for a chunked request). */
    RawHttp sendRaw(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** Reads the status line and headers; returns the status. */
    int readHead() throws IOException {
        String statusLine = line();
        status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        return status;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The next byte of the body as sent on the wire (chunk framing included), or -1 at the end. */
    int rawByte() throws IOException {
        return in.read();
    }

    /** Whole chunks of the de-chunked body until at least {@code limit} bytes (or the last chunk) are read. */
    byte[] chunkedBody(long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (body.size() < limit) {
            int size = Integer.parseInt(line().trim(), 16);
            if (size == 0) {
                line();
                break;
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("chunk cut short");
            }
            body.write(chunk);
            line();
        }
        return body.toByteArray();
    }

    /** Bytes of the de-chunked body read and dropped, up to {@code limit}, stopping at the last chunk. */
    long skipChunkedBody(long limit) throws IOException {
        long total = 0;
        while (total < limit) {
            int size = Integer.parseInt(line().trim(), 16);
            if (size == 0) {
                line();
                return total;
            }
            in.skipNBytes(size);
            total += size;
            line();
        }
        return total;
    }

    /** The {@code Content-Length} body, whole. */
    byte[] fixedBody() throws IOException {
        return in.readNBytes(Integer.parseInt(header("content-length")));
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed mid-line");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
