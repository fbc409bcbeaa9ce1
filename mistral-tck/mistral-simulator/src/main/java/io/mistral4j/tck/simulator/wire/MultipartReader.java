package io.mistral4j.tck.simulator.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body part by part from the socket, copying each part's
 * content to a sink as it arrives: a file part goes straight to disk, so an upload of any
 * size needs only this reader's fixed buffer.
 */
public final class MultipartReader {

    /** The headers of one part. */
    public record PartHeaders(String name, String filename, String contentType) {
        public boolean isFile() {
            return filename != null;
        }
    }

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean eof;
    private boolean finished;

    public MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[BUFFER + delimiter.length];
    }

    /** The boundary of a {@code multipart/form-data} content type, or null if it is not one. */
    public static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    }

    /**
     * Moves to the next part and returns its headers, or null after the last part. The first
     * call skips the preamble; the caller must read each part with {@link #copyPart} before
     * asking for the next.
     */
    public PartHeaders next() throws IOException {
        if (finished) {
            return null;
        }
        if (position == 0 && limit == 0 && !eof) {
            // The first boundary comes without the leading CRLF the delimiter carries, unless a
            // preamble (which is skipped) precedes it.
            fill(delimiter.length);
            byte[] first = java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length);
            if (startsWith(first)) {
                position += first.length;
            } else {
                try {
                    copyPart(java.io.OutputStream.nullOutputStream());
                } catch (MalformedException e) {
                    throw new MalformedException("the body holds no boundary");
                }
            }
        }
        fill(2);
        if (startsWith("--".getBytes(StandardCharsets.ISO_8859_1))) {
            finished = true;
            return null;
        }
        if (!startsWith("\r\n".getBytes(StandardCharsets.ISO_8859_1))) {
            throw new MalformedException("a boundary is not followed by a line break");
        }
        position += 2;
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new MalformedException("a part header has no colon: " + line);
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                filename = parameter(value, "filename");
            } else if (header.equals("content-type")) {
                contentType = value;
            }
        }
        if (name == null) {
            throw new MalformedException("a part has no name");
        }
        return new PartHeaders(name, filename, contentType);
    }

    /** Copies the current part's content to {@code sink}, up to the next boundary. */
    public void copyPart(OutputStream sink) throws IOException {
        while (true) {
            int found = indexOf(delimiter);
            if (found >= 0) {
                sink.write(buffer, position, found - position);
                position = found + delimiter.length;
                return;
            }
            int safe = limit - (delimiter.length - 1);
            if (safe > position) {
                sink.write(buffer, position, safe - position);
                position = safe;
            }
            if (eof) {
                throw new MalformedException("the body ended inside a part");
            }
            fill(limit - position + 1);
        }
    }

    /** The current part's content as text, refusing more than {@code max} bytes. */
    public String readText(int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copyPart(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (out.size() + length > max) {
                    throw new MalformedException("a form field is longer than " + max + " bytes");
                }
                out.write(bytes, offset, length);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (position + 1 >= limit) {
                fill(2);
                if (position + 1 >= limit && eof) {
                    throw new MalformedException("the body ended inside part headers");
                }
            }
            if (buffer[position] == '\r' && buffer[position + 1] == '\n') {
                position += 2;
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(buffer[position++]);
            if (line.size() > MAX_HEADER_LINE) {
                throw new MalformedException("a part header line is too long");
            }
        }
    }

    private boolean startsWith(byte[] prefix) {
        if (limit - position < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[position + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte[] pattern) {
        byte first = pattern[0];
        int last = limit - pattern.length;
        outer:
        for (int i = position; i <= last; i++) {
            if (buffer[i] != first) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Keeps the unread bytes and reads more after them until {@code minimum} are unread or the body ends. */
    private void fill(int minimum) throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit < minimum && limit < buffer.length && !eof) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    private static String parameter(String headerValue, String name) {
        Matcher matcher = Pattern.compile("(?:^|;)\\s*" + name + "\\s*=\\s*(\"([^\"]*)\"|[^;]*)",
                Pattern.CASE_INSENSITIVE).matcher(headerValue);
        if (!matcher.find()) {
            return null;
        }
        String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(1).trim();
        return value.replace("%22", "\"");
    }

    /** The body is not well-formed multipart. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }
}
