package io.mistral4j.benchmarks;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An event stream held in memory that hands out at most {@code eventsPerRead} whole events per
 * read, as a socket does when the server flushes every few events: what a client's reading
 * thread gets from each wake-up.
 */
public final class EventBatches extends InputStream {

    private final byte[] stream;
    private final int[] readEnds;
    private int position;
    private int nextEnd;

    private EventBatches(byte[] stream, int[] readEnds) {
        this.stream = stream;
        this.readEnds = readEnds;
    }

    /** Where each read of {@code stream} ends: after every {@code eventsPerRead} events (blank lines). */
    public static int[] readEnds(byte[] stream, int eventsPerRead) {
        List<Integer> ends = new ArrayList<>();
        int events = 0;
        for (int i = 1; i < stream.length; i++) {
            if (stream[i] == '\n' && stream[i - 1] == '\n' && ++events % eventsPerRead == 0) {
                ends.add(i + 1);
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) != stream.length) {
            ends.add(stream.length);
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    public static EventBatches of(byte[] stream, int[] readEnds) {
        return new EventBatches(stream, readEnds);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position == stream.length) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        int end = Math.min(readEnds[nextEnd], position + length);
        int count = end - position;
        System.arraycopy(stream, position, buffer, offset, count);
        position = end;
        if (position == readEnds[nextEnd]) {
            nextEnd++;
        }
        return count;
    }
}
