package io.mistral4j.impl.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WHATWG event-stream interpretation rules, on whole input. */
class SseParserTest {

    static List<SseEvent> parseAll(InputStream in, int bufferSize) {
        SseParser parser = new SseParser(in, bufferSize);
        List<SseEvent> events = new ArrayList<>();
        try {
            for (SseEvent event = parser.next(); event != null; event = parser.next()) {
                events.add(event);
            }
            assertThat(parser.next()).as("next() after the end").isNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    static List<SseEvent> parseAll(String stream) {
        return parseAll(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), 8192);
    }

    static SseEvent message(String data) {
        return new SseEvent("message", data, null, null);
    }

    @Test
    void emptyStreamHasNoEvents() {
        assertThat(parseAll("")).isEmpty();
    }

    @Test
    void dataEventsEndedByBlankLines() {
        assertThat(parseAll("data: {\"a\":1}\n\ndata: {\"b\":2}\n\n"))
                .containsExactly(message("{\"a\":1}"), message("{\"b\":2}"));
    }

    @Test
    void lineFeedCarriageReturnLineFeedAndLoneCarriageReturnAreAllLineEnds() {
        List<SseEvent> expected = List.of(message("a\nb"), message("c"));

        assertThat(parseAll("data: a\ndata: b\n\ndata: c\n\n")).isEqualTo(expected);
        assertThat(parseAll("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n")).isEqualTo(expected);
        assertThat(parseAll("data: a\rdata: b\r\rdata: c\r\r")).isEqualTo(expected);
        assertThat(parseAll("data: a\rdata: b\r\n\ndata: c\n\r")).isEqualTo(expected);
    }

    @Test
    void carriageReturnLineFeedIsOneLineEndNotTwo() {
        // Read as two line ends, \r\n would end the event after "a".
        assertThat(parseAll("data: a\r\ndata: b\r\n\r\n")).containsExactly(message("a\nb"));
    }

    @Test
    void carriageReturnThenCarriageReturnIsABlankLine() {
        assertThat(parseAll("data: a\r\r\ndata: b\n\n")).containsExactly(message("a"), message("b"));
    }

    @Test
    void multipleDataLinesAreJoinedWithLineFeed() {
        assertThat(parseAll("data: first\ndata: second\ndata:third\n\n"))
                .containsExactly(message("first\nsecond\nthird"));
    }

    @Test
    void singleAndMultiLineEventsInAnyOrderKeepTheirOwnData() {
        assertThat(parseAll("data: a\ndata: b\n\ndata: c\n\ndata: d\ndata:\ndata: e\n\ndata: f\n\n"))
                .containsExactly(message("a\nb"), message("c"), message("d\n\ne"), message("f"));
    }

    @Test
    void dataWithoutColonHasAnEmptyValue() {
        assertThat(parseAll("data\n\n")).containsExactly(message(""));
        assertThat(parseAll("data\ndata\n\n")).containsExactly(message("\n"));
        assertThat(parseAll("data:\n\n")).containsExactly(message(""));
        assertThat(parseAll("data: x\ndata\n\n")).containsExactly(message("x\n"));
    }

    @Test
    void onlyOneLeadingSpaceIsRemoved() {
        assertThat(parseAll("data:  two\n\n")).containsExactly(message(" two"));
        assertThat(parseAll("data:nospace\n\n")).containsExactly(message("nospace"));
        assertThat(parseAll("data:\tx\n\n")).containsExactly(message("\tx"));
        assertThat(parseAll("data: trailing  \n\n")).containsExactly(message("trailing  "));
        assertThat(parseAll("data: \n\n")).containsExactly(message(""));
    }

    @Test
    void colonsAfterTheFirstBelongToTheValue() {
        assertThat(parseAll("data: a:b: c\n\n")).containsExactly(message("a:b: c"));
    }

    @Test
    void commentsAreIgnored() {
        assertThat(parseAll(": keep-alive\n\n")).isEmpty();
        assertThat(parseAll(":\n:another\n\n")).isEmpty();
        assertThat(parseAll("data: a\n: between\ndata: b\n\n")).containsExactly(message("a\nb"));
        assertThat(parseAll(": ping\n\ndata: x\n\n: ping\n\n")).containsExactly(message("x"));
    }

    @Test
    void eventFieldNamesTheEventAndIsResetAfterDispatch() {
        assertThat(parseAll("event: message.output.delta\ndata: {}\n\ndata: {}\n\n")).containsExactly(
                new SseEvent("message.output.delta", "{}", null, null),
                message("{}"));
    }

    @Test
    void lastEventFieldOfAnEventWins() {
        assertThat(parseAll("event: a\nevent: b\ndata: x\n\n")).containsExactly(new SseEvent("b", "x", null, null));
    }

    @Test
    void eventNameWithoutDataIsDiscardedWithItsBlankLine() {
        assertThat(parseAll("event: lonely\n\ndata: x\n\n")).containsExactly(message("x"));
    }

    @Test
    void idIsKeptAcrossEventsUntilChanged() {
        assertThat(parseAll("id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\n")).containsExactly(
                new SseEvent("message", "a", "1", null),
                new SseEvent("message", "b", "1", null),
                new SseEvent("message", "c", "2", null));
    }

    @Test
    void idWithoutDataStillSetsTheLastEventId() {
        assertThat(parseAll("id: 7\n\ndata: a\n\n")).containsExactly(new SseEvent("message", "a", "7", null));
    }

    @Test
    void emptyIdResetsTheLastEventId() {
        assertThat(parseAll("id: 1\ndata: a\n\nid\ndata: b\n\n")).containsExactly(
                new SseEvent("message", "a", "1", null),
                new SseEvent("message", "b", "", null));
    }

    @Test
    void idContainingNulIsIgnored() {
        assertThat(parseAll("id: 1\ndata: a\n\nid: 2\u00003\ndata: b\n\n")).containsExactly(
                new SseEvent("message", "a", "1", null),
                new SseEvent("message", "b", "1", null));
    }

    @Test
    void retryTakesDigitsOnly() {
        assertThat(parseAll("retry: 3000\ndata: a\n\n")).containsExactly(new SseEvent("message", "a", null, 3000L));
        assertThat(parseAll("retry: 0\ndata: a\n\n")).containsExactly(new SseEvent("message", "a", null, 0L));
        for (String bad : List.of("3s", "-1", "1.5", " 100", "", "1e3", "99999999999999999999999", "٣")) {
            assertThat(parseAll("retry: 10\ndata: a\n\nretry: " + bad + "\ndata: b\n\n"))
                    .as("retry: '%s'", bad)
                    .containsExactly(new SseEvent("message", "a", null, 10L), new SseEvent("message", "b", null, 10L));
        }
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(parseAll("foo: bar\ndata: a\nDATA: shout\nData: b\ndata : spaced\nx\n\n"))
                .containsExactly(message("a"));
    }

    @Test
    void unknownFieldAloneDispatchesNothing() {
        assertThat(parseAll("foo: bar\n\n")).isEmpty();
    }

    @Test
    void blankLinesWithoutDataDispatchNothing() {
        assertThat(parseAll("\n\n\r\n\r\r\ndata: x\n\n\n\n")).containsExactly(message("x"));
    }

    @Test
    void unfinishedEventAtEndOfStreamIsDiscarded() {
        assertThat(parseAll("data: a\n\ndata: b\n")).containsExactly(message("a"));
        assertThat(parseAll("data: a\n\ndata: b")).containsExactly(message("a"));
        assertThat(parseAll("data: a\n\ndata: b\r")).containsExactly(message("a"));
    }

    @Test
    void utf8ByteOrderMarkAtTheStartIsDropped() {
        assertThat(parseAll("\uFEFFdata: x\n\n")).containsExactly(message("x"));
        assertThat(parseAll("\uFEFF\ndata: x\n\n")).containsExactly(message("x"));
        assertThat(parseAll("\uFEFF: comment\ndata: x\n\n")).containsExactly(message("x"));
    }

    @Test
    void byteOrderMarkLaterInTheStreamIsKept() {
        assertThat(parseAll("data: \uFEFFx\n\n")).containsExactly(message("\uFEFFx"));
        // Only the stream's first bytes are a BOM; on a later line it is part of the field name.
        assertThat(parseAll("data: a\n\n\uFEFFdata: b\n\n")).containsExactly(message("a"));
    }

    @Test
    void multiByteCharactersAreDecoded() {
        assertThat(parseAll("data: héllo wörld ✓ 日本語 😀\n\n")).containsExactly(message("héllo wörld ✓ 日本語 😀"));
    }

    @Test
    void doneIsAnOrdinaryEvent() {
        assertThat(parseAll("data: {\"x\":1}\n\ndata: [DONE]\n\n"))
                .containsExactly(message("{\"x\":1}"), message("[DONE]"));
    }

    @Test
    void nextReturnsOneEventAtATimeAndNullForeverAfterTheEnd() throws IOException {
        SseParser parser = new SseParser(new ByteArrayInputStream("data: 1\n\ndata: 2\n\n".getBytes(
                StandardCharsets.UTF_8)));

        assertThat(parser.next()).isEqualTo(message("1"));
        assertThat(parser.next()).isEqualTo(message("2"));
        assertThat(parser.next()).isNull();
        assertThat(parser.next()).isNull();
    }

    @Test
    void readErrorsPropagate() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        SseParser parser = new SseParser(failing);

        org.assertj.core.api.Assertions.assertThatThrownBy(parser::next)
                .isInstanceOf(IOException.class).hasMessage("connection reset");
    }
}
