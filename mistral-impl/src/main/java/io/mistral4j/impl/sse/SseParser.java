package io.mistral4j.impl.sse;

import io.mistral4j.ResponseLimits;
import io.mistral4j.impl.read.LimitExceededIOException;
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
 * blocks; a line that lies whole in the block is parsed where it lies (only a line split across
 * reads is copied), and the usual event of a single {@code data:} line becomes its string with
 * one decoding and no joining. A line or an event's data beyond {@code maxEventBytes} fails the
 * read with a {@link LimitExceededIOException} instead of growing without end. Not thread-safe.
 */
public final class SseParser {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final byte[] buffer;
    private final long maxEventBytes;
    private int position;
    private int limit;
    private boolean endOfStream;
    private boolean skipLineFeed;
    private boolean firstLine = true;

    /** Holds a line split across reads. */
    private byte[] carry = new byte[256];
    private int carryLength;

    /** The current line: {@code lineBytes[lineStart, lineStart + lineLength)}, in the buffer or in {@link #carry}. */
    private byte[] lineBytes;
    private int lineStart;
    private int lineLength;

    /** The event's data: its first line as is; a builder only when there are more. */
    private String firstData;
    private StringBuilder moreData;
    private String eventName;
    private String lastEventId;
    private Long retry;

    public SseParser(InputStream in) {
        this(in, 8192);
    }

    public SseParser(InputStream in, int bufferSize) {
        this(in, bufferSize, ResponseLimits.DEFAULT_MAX_EVENT_BYTES);
    }

    /** @param maxEventBytes the longest line, and the most data of one event, the parser holds */
    public SseParser(InputStream in, int bufferSize, long maxEventBytes) {
        this.in = in;
        this.buffer = new byte[bufferSize];
        this.maxEventBytes = maxEventBytes;
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

    /** Finds the next line, without its terminator; false at end of stream. */
    private boolean readLine() throws IOException {
        carryLength = 0;
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
            position = LineBreaks.next(buffer, position, limit);
            if (position < limit) {
                byte b = buffer[position];
                if (carryLength == 0) {
                    lineBytes = buffer;
                    lineStart = start;
                    lineLength = position - start;
                } else {
                    carry(start, position);
                    lineBytes = carry;
                    lineStart = 0;
                    lineLength = carryLength;
                }
                position++;
                skipLineFeed = b == CR;
                stripBom();
                return true;
            }
            carry(start, limit);
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

    private void carry(int from, int to) throws LimitExceededIOException {
        int count = to - from;
        if (count == 0) {
            return;
        }
        if (carryLength + (long) count > maxEventBytes) {
            throw tooLarge("a line of the event stream is longer than " + maxEventBytes + " bytes");
        }
        if (carryLength + count > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carry.length * 2, carryLength + count));
        }
        System.arraycopy(buffer, from, carry, carryLength, count);
        carryLength += count;
    }

    private void stripBom() {
        if (firstLine) {
            firstLine = false;
            if (lineLength >= 3 && (lineBytes[lineStart] & 0xFF) == 0xEF && (lineBytes[lineStart + 1] & 0xFF) == 0xBB
                    && (lineBytes[lineStart + 2] & 0xFF) == 0xBF) {
                lineStart += 3;
                lineLength -= 3;
            }
        }
    }

    private LimitExceededIOException tooLarge(String message) {
        return new LimitExceededIOException("maxEventBytes", maxEventBytes, message);
    }

    private void processLine() throws LimitExceededIOException {
        if (lineBytes[lineStart] == ':') {
            return; // comment, e.g. a keep-alive
        }
        int colon = indexOf((byte) ':');
        int nameEnd = colon < 0 ? lineLength : colon;
        int valueStart = colon < 0 ? lineLength : colon + 1;
        if (valueStart < lineLength && lineBytes[lineStart + valueStart] == ' ') {
            valueStart++;
        }
        if (matches("data", nameEnd)) {
            addData(value(valueStart, StandardCharsets.UTF_8));
        } else if (matches("event", nameEnd)) {
            eventName = value(valueStart, StandardCharsets.UTF_8);
        } else if (matches("id", nameEnd)) {
            String id = value(valueStart, StandardCharsets.UTF_8);
            if (id.indexOf('\0') < 0) {
                lastEventId = id;
            }
        } else if (matches("retry", nameEnd)) {
            String value = value(valueStart, StandardCharsets.US_ASCII);
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

    private String value(int from, java.nio.charset.Charset charset) {
        return new String(lineBytes, lineStart + from, lineLength - from, charset);
    }

    private void addData(String value) throws LimitExceededIOException {
        if (firstData == null) {
            firstData = value;
            return;
        }
        if (moreData == null) {
            moreData = new StringBuilder(firstData.length() + value.length() + 16);
        }
        if (moreData.length() == 0) {
            moreData.append(firstData);
        }
        if (moreData.length() + 1L + value.length() > maxEventBytes) {
            throw tooLarge("an event of the event stream holds more than " + maxEventBytes + " bytes of data");
        }
        moreData.append('\n').append(value);
    }

    private SseEvent dispatch() {
        if (firstData == null) {
            eventName = null;
            return null;
        }
        String data = moreData == null || moreData.length() == 0 ? firstData : moreData.toString();
        SseEvent event = new SseEvent(eventName == null ? "message" : eventName, data, lastEventId, retry);
        firstData = null;
        if (moreData != null) {
            moreData.setLength(0);
        }
        eventName = null;
        return event;
    }

    private int indexOf(byte value) {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            if (lineBytes[i] == value) {
                return i - lineStart;
            }
        }
        return -1;
    }

    private boolean matches(String field, int length) {
        if (length != field.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (lineBytes[lineStart + i] != field.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
