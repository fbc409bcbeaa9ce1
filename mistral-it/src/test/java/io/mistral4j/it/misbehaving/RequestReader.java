package io.mistral4j.it.misbehaving;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 request from a connection: request line, headers, and a body framed by
 * {@code Content-Length} or chunked. The body is read and counted so that the request is known
 * to have fully reached the server before any behaviour starts.
 */
final class RequestReader {

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;

    private final InputStream in;

    RequestReader(InputStream in) {
        this.in = in;
    }

    /** The next request, or null when the client closed the connection between requests. */
    RecordedRequest next() throws IOException {
        String requestLine = line(true);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", 3);
        if (parts.length < 3) {
            throw new IOException("malformed request line: " + requestLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; ; i++) {
            String header = line(false);
            if (header.isEmpty()) {
                break;
            }
            if (i >= MAX_HEADERS) {
                throw new IOException("too many headers");
            }
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
        }
        return new RecordedRequest(parts[0], parts[1], Map.copyOf(headers), body(headers));
    }

    private long body(Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            long total = 0;
            while (true) {
                String sizeLine = line(false);
                int extension = sizeLine.indexOf(';');
                long size = Long.parseLong((extension >= 0 ? sizeLine.substring(0, extension) : sizeLine).trim(), 16);
                if (size == 0) {
                    while (!line(false).isEmpty()) {
                        // trailers are skipped
                    }
                    return total;
                }
                skip(size);
                total += size;
                line(false); // the CRLF after the chunk
            }
        }
        String length = headers.get("content-length");
        if (length == null) {
            return 0;
        }
        long size = Long.parseLong(length.trim());
        skip(size);
        return size;
    }

    private void skip(long count) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("body ended " + left + " bytes early");
            }
            left -= read;
        }
    }

    /** A CRLF- (or LF-) ended line; at a clean end of stream null when {@code endAllowed}. */
    private String line(boolean endAllowed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (endAllowed && bytes.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed in the middle of a request");
            }
            if (b == '\n') {
                byte[] line = bytes.toByteArray();
                int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (bytes.size() >= MAX_LINE) {
                throw new IOException("request line or header longer than " + MAX_LINE + " bytes");
            }
            bytes.write(b);
        }
    }
}
