package io.mistral4j.impl.read;

/**
 * Follows the line structure of a Server-Sent Events body byte by byte, across reads, and says
 * when an event that carries data has ended (a blank line after at least one {@code data}
 * field). Comments ({@code : keep-alive}) and events without data do not count: a server that
 * sends only those is silent as far as the caller is concerned. Not thread-safe.
 */
final class EventBoundaries {

    private static final byte[] DATA = {'d', 'a', 't', 'a'};

    /** What the current line is known to be. */
    private enum Line { UNDECIDED, DATA, OTHER }

    private Line line = Line.UNDECIDED;
    private int lineLength;
    private boolean afterCarriageReturn;
    private boolean eventHasData;

    /** Scans {@code buffer[offset, offset + length)}; true when an event carrying data ended in it. */
    boolean scan(byte[] buffer, int offset, int length) {
        boolean ended = false;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            byte b = buffer[i];
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (b == '\n') {
                    i++;
                    continue; // the second half of CRLF
                }
            }
            if (b == '\n' || b == '\r') {
                afterCarriageReturn = b == '\r';
                ended |= endLine();
                i++;
            } else if (line != Line.UNDECIDED) {
                // The rest of a line already known to be data or not: only where it ends matters.
                int start = i;
                do {
                    i++;
                } while (i < end && buffer[i] != '\n' && buffer[i] != '\r');
                lineLength += i - start;
            } else {
                addToLine(b);
                i++;
            }
        }
        return ended;
    }

    private boolean endLine() {
        boolean ended = false;
        if (lineLength == 0) {
            ended = eventHasData;
            eventHasData = false;
        } else if (line == Line.DATA || line == Line.UNDECIDED && lineLength == DATA.length) {
            eventHasData = true; // "data:..." or a bare "data"
        }
        line = Line.UNDECIDED;
        lineLength = 0;
        return ended;
    }

    private void addToLine(byte b) {
        if (line == Line.UNDECIDED) {
            if (lineLength < DATA.length) {
                line = b == DATA[lineLength] ? Line.UNDECIDED : Line.OTHER;
            } else {
                line = b == ':' ? Line.DATA : Line.OTHER; // "database: 1" is not data
            }
        }
        lineLength++;
    }
}
