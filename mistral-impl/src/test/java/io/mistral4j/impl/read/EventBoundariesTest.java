package io.mistral4j.impl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventBoundariesTest {

    private static boolean scan(EventBoundaries boundaries, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return boundaries.scan(bytes, 0, bytes.length);
    }

    @Test
    void onlyEventsWithDataCount() {
        EventBoundaries boundaries = new EventBoundaries();
        assertThat(scan(boundaries, ": keep-alive\n\n")).isFalse();
        assertThat(scan(boundaries, "event: ping\n\n")).isFalse();
        assertThat(scan(boundaries, "database: 1\n\n")).as("a field that only starts with data").isFalse();
        assertThat(scan(boundaries, "data: {}\n\n")).isTrue();
        assertThat(scan(boundaries, "data\n\n")).as("a bare data field").isTrue();
    }

    @Test
    void followsLinesAcrossReadsWithEveryLineEnd() {
        EventBoundaries boundaries = new EventBoundaries();
        assertThat(scan(boundaries, "da")).isFalse();
        assertThat(scan(boundaries, "ta: {}\r")).isFalse();
        assertThat(scan(boundaries, "\n\r")).isTrue();
        assertThat(scan(boundaries, "\n")).as("the LF of a CRLF is not a second blank line").isFalse();
        assertThat(scan(boundaries, "data: 1\r\rdata: 2\n\n")).isTrue();
    }

    /**
     * However a body is split into reads, the same events are found: each read's result is
     * compared with reading the same bytes one at a time.
     */
    @Test
    void anySplitFindsTheSameEventEnds() {
        String body = "\uFEFFdata: {\"a\":1}\r\n\r\n: keep-alive\n\nevent: ping\r\rdatabase: 1\n\ndata\n\n"
                + "id: 7\ndata: x\ndata: y\r\n\r\ndat\n\ndata:\n\n" + "data: long ".repeat(40) + "\n\n";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        java.util.Random random = new java.util.Random(11);
        for (int trial = 0; trial < 200; trial++) {
            EventBoundaries split = new EventBoundaries();
            EventBoundaries byteByByte = new EventBoundaries();
            int at = 0;
            while (at < bytes.length) {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(trial % 2 == 0 ? 8 : 120));
                boolean expected = false;
                for (int i = at; i < at + length; i++) {
                    expected |= byteByByte.scan(bytes, i, 1);
                }
                assertThat(split.scan(bytes, at, length)).as("trial %d, bytes %d-%d", trial, at, at + length)
                        .isEqualTo(expected);
                at += length;
            }
        }
    }
}
