package io.mistral4j.impl.sse;

import static io.mistral4j.impl.sse.SseParserTest.message;
import static io.mistral4j.impl.sse.SseParserTest.parseAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** However the bytes are cut into reads, the same events come out. */
class SseParserChunkingTest {

    /** Every rule at once: BOM, all three line ends, comments, ids, retry, names, multi-byte text. */
    private static final String STREAM = "\uFEFF: keep-alive\r\n"
            + "id: 1\r\nevent: start\r\ndata: {\"a\":\"é\"}\r\n\r\n"
            + "data: line one\rdata: line two\r\r"
            + "retry: 2500\ndata:😀 日本\ndata\n\n"
            + "unknown: x\n: comment\nid: 2\u00009\ndata: [DONE]\n\n"
            + "data: cut";

    private static final List<SseEvent> EXPECTED = List.of(
            new SseEvent("start", "{\"a\":\"é\"}", "1", null),
            new SseEvent("message", "line one\nline two", "1", null),
            new SseEvent("message", "😀 日本\n", "1", 2500L),
            new SseEvent("message", "[DONE]", "1", 2500L));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wholeStreamInOneRead() {
        assertThat(parseAll(new ByteArrayInputStream(bytes(STREAM)), 8192)).isEqualTo(EXPECTED);
    }

    @Test
    void splitAtEveryBytePosition() {
        byte[] bytes = bytes(STREAM);
        for (int split = 0; split <= bytes.length; split++) {
            assertThat(parseAll(ChunkedInputStream.splitAt(bytes, split), 8192)).as("split at %d", split)
                    .isEqualTo(EXPECTED);
        }
    }

    @Test
    void oneByteAtATime() {
        ChunkedInputStream in = ChunkedInputStream.oneByteAtATime(bytes(STREAM));

        assertThat(parseAll(in, 8192)).isEqualTo(EXPECTED);
        assertThat(in.reads()).isEqualTo(bytes(STREAM).length);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 2024L, 987654321L})
    void randomSizedPieces(long seed) {
        assertThat(parseAll(ChunkedInputStream.randomPieces(bytes(STREAM), seed, 7), 8192)).isEqualTo(EXPECTED);
        assertThat(parseAll(ChunkedInputStream.randomPieces(bytes(STREAM), seed, 64), 8192)).isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 16})
    void smallParserBuffers(int bufferSize) {
        assertThat(parseAll(new ByteArrayInputStream(bytes(STREAM)), bufferSize)).isEqualTo(EXPECTED);
    }

    @Test
    void carriageReturnLineFeedSplitAcrossTwoReads() {
        byte[] bytes = bytes("data: a\r\ndata: b\r\n\r\n");
        int afterFirstCr = "data: a\r".length();

        assertThat(parseAll(ChunkedInputStream.splitAt(bytes, afterFirstCr), 8192)).containsExactly(message("a\nb"));
    }

    @Test
    void blankLineCarriageReturnLineFeedSplitAcrossTwoReads() {
        byte[] bytes = bytes("data: a\r\n\r\ndata: b\r\n\r\n");
        int afterBlankCr = "data: a\r\n\r".length();

        assertThat(parseAll(ChunkedInputStream.splitAt(bytes, afterBlankCr), 8192))
                .containsExactly(message("a"), message("b"));
    }

    @Test
    void carriageReturnAtTheEndOfAFullBufferFollowedByLineFeed() {
        // The parser's own buffer ends on \r; the \n arrives in its next fill.
        String stream = "data: abc\r\ndata: d\r\n\r\n";
        int bufferSize = "data: abc\r".length();

        assertThat(parseAll(new ByteArrayInputStream(bytes(stream)), bufferSize)).containsExactly(message("abc\nd"));
    }

    @Test
    void multiByteCharactersSplitInsideTheirBytes() {
        String text = "é✓日本語😀𝄞";
        byte[] bytes = bytes("data: " + text + "\n\n");

        for (int split = 0; split <= bytes.length; split++) {
            assertThat(parseAll(ChunkedInputStream.splitAt(bytes, split), 8192)).as("split at %d", split)
                    .containsExactly(message(text));
        }
        assertThat(parseAll(ChunkedInputStream.oneByteAtATime(bytes), 8192)).containsExactly(message(text));
        assertThat(parseAll(new ByteArrayInputStream(bytes), 3)).containsExactly(message(text));
    }

    @Test
    void byteOrderMarkSplitAcrossReads() {
        byte[] bytes = bytes("\uFEFFdata: x\n\n");

        for (int split = 0; split <= 3; split++) {
            assertThat(parseAll(ChunkedInputStream.splitAt(bytes, split), 8192)).as("split at %d", split)
                    .containsExactly(message("x"));
        }
    }

    @Test
    void lineLongerThanTheBuffer() {
        String big = "x".repeat(100_000) + "é" + "y".repeat(1000);

        assertThat(parseAll(new ByteArrayInputStream(bytes("data: " + big + "\n\ndata: small\n\n")), 64))
                .containsExactly(message(big), message("small"));
        assertThat(parseAll(ChunkedInputStream.randomPieces(bytes("data: " + big + "\r\n\r\n"), 7L, 5000), 1024))
                .containsExactly(message(big));
    }

    @Test
    void manyEventsInOneRead() {
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            stream.append("data: {\"i\":").append(i).append("}\n\n");
        }

        List<SseEvent> events = parseAll(new ByteArrayInputStream(bytes(stream.toString())), 8192);

        assertThat(events).hasSize(1000);
        assertThat(events.get(999)).isEqualTo(message("{\"i\":999}"));
    }
}
