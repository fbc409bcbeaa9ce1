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
}
