package io.mistral4j.impl.sse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Server-Sent Events parser that follows the WHATWG event-stream rules: lines end with
 * {@code \n}, {@code \r\n} or {@code \r} (even when split across reads); a leading UTF-8 BOM is
 * dropped; lines starting with {@code :} are comments; {@code data:} lines of one event are
 * joined with {@code \n}; one space after the colon is removed; a blank line dispatches the
 * event; an event left unfinished at the end of the stream is discarded. Reads the stream in
 * blocks and decodes each line once, without per-byte allocation. Not thread-safe.
 */
public final class SseParser {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfStream;
    private boolean skipLineFeed;
    private boolean firstLine = true;

    private byte[] line = new byte[256];
    private int lineLength;

    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String eventName;
    private String lastEventId;
    private Long retry;

    public SseParser(InputStream in) {
        this(in, 8192);
    }

    public SseParser(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    /** The next event, or null once the stream has ended. Blocks until one is complete. */
    public SseEvent next() throws IOException {
        while (readLine()) {
            if (lineLength == 0) {
                SseEvent event = dispatch();
                if (event != null) {
                    return event;
                }
            } else {
                processLine();
            }
        }
        return null;
    }

    /** Fills {@link #line} with the next line, without its terminator; false at end of stream. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        while (true) {
            if (position == limit) {
                if (!fill()) {
                    // An unterminated last line is dropped with its event, as the spec says.
                    return false;
                }
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == LF) {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit) {
                byte b = buffer[position];
                if (b == LF || b == CR) {
                    append(start, position);
                    position++;
                    skipLineFeed = b == CR;
                    stripBom();
                    return true;
                }
                position++;
            }
            append(start, limit);
        }
    }

    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            endOfStream = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void append(int from, int to) {
        int count = to - from;
        if (count == 0) {
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    private void stripBom() {
        if (firstLine) {
            firstLine = false;
            if (lineLength >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
                System.arraycopy(line, 3, line, 0, lineLength - 3);
                lineLength -= 3;
            }
        }
    }

    private void processLine() {
        if (line[0] == ':') {
            return; // comment, e.g. a keep-alive
        }
        int colon = indexOf((byte) ':');
        int nameEnd = colon < 0 ? lineLength : colon;
        int valueStart = colon < 0 ? lineLength : colon + 1;
        if (valueStart < lineLength && line[valueStart] == ' ') {
            valueStart++;
        }
        if (matches("data", nameEnd)) {
            if (hasData) {
                data.append('\n');
            }
            data.append(new String(line, valueStart, lineLength - valueStart, StandardCharsets.UTF_8));
            hasData = true;
        } else if (matches("event", nameEnd)) {
            eventName = new String(line, valueStart, lineLength - valueStart, StandardCharsets.UTF_8);
        } else if (matches("id", nameEnd)) {
            String id = new String(line, valueStart, lineLength - valueStart, StandardCharsets.UTF_8);
            if (id.indexOf('\0') < 0) {
                lastEventId = id;
            }
        } else if (matches("retry", nameEnd)) {
            String value = new String(line, valueStart, lineLength - valueStart, StandardCharsets.US_ASCII);
            if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                try {
                    retry = Long.parseLong(value);
                } catch (NumberFormatException ignored) {
                    // too large to be meaningful: ignored like any other bad field
                }
            }
        }
        // Any other field name is ignored, as the spec requires.
    }

    private SseEvent dispatch() {
        if (!hasData) {
            eventName = null;
            return null;
        }
        SseEvent event = new SseEvent(eventName == null ? "message" : eventName, data.toString(), lastEventId, retry);
        data.setLength(0);
        hasData = false;
        eventName = null;
        return event;
    }

    private int indexOf(byte value) {
        for (int i = 0; i < lineLength; i++) {
            if (line[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(String field, int length) {
        if (length != field.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (line[i] != field.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
