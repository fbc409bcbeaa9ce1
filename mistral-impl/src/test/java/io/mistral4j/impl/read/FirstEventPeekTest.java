package io.mistral4j.impl.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FirstEventPeekTest {

    private static InputStream peek(InputStream body) throws IOException {
        return FirstEventPeek.peek(body, 1 << 20);
    }

    /** Hands out at most {@code step} bytes per read, then fails if {@code failAtEnd}. */
    private static InputStream trickle(String text, int step, boolean failAtEnd) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int position;
            private int reads;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                reads++;
                if (position >= bytes.length) {
                    if (failAtEnd) {
                        throw new IOException("connection reset");
                    }
                    return -1;
                }
                int count = Math.min(Math.min(step, length), bytes.length - position);
                System.arraycopy(bytes, position, buffer, offset, count);
                position += count;
                return count;
            }

            @Override
            public String toString() {
                return reads + " reads";
            }
        };
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void stopsAtTheFirstEventWithDataAndReplaysEverything() throws IOException {
        String stream = ": keep-alive\n\ndata: {\"a\":1}\n\ndata: {\"a\":2}\n\ndata: [DONE]\n\n";
        InputStream source = trickle(stream, 3, false);

        InputStream peeked = peek(source);

        assertThat(readAll(peeked)).isEqualTo(stream);
    }

    @Test
    void readsNoFurtherThanTheFirstEventWhenTheRestWouldFail() throws IOException {
        InputStream peeked = peek(trickle("data: {\"a\":1}\r\n\r\n", 4, true));

        byte[] first = new byte[64];
        int read = peeked.read(first);
        assertThat(new String(first, 0, read, StandardCharsets.UTF_8))
                .as("the event is whole at its blank line's CR; the LF after it is not waited for")
                .isEqualTo("data: {\"a\":1}\r\n\r");
        assertThat(peeked.read(first)).isEqualTo(1);
        assertThat(first[0]).isEqualTo((byte) '\n');
        assertThatThrownBy(() -> peeked.read(first)).hasMessage("connection reset");
    }

    @Test
    void handlesBareCarriageReturnsAndDataWithoutAColon() throws IOException {
        assertThat(readAll(peek(trickle("data\r\rrest", 1, false)))).isEqualTo("data\r\rrest");
        assertThat(readAll(peek(trickle("event: x\ndata:1\n\n", 2, false)))).isEqualTo("event: x\ndata:1\n\n");
        assertThatThrownBy(() -> peek(trickle("database: 1\n\n", 2, false)))
                .as("a field merely starting with 'data' is not data").isInstanceOf(IOException.class);
    }

    @Test
    void failsWhenTheStreamEndsOrBreaksBeforeItsFirstEvent() {
        assertThatThrownBy(() -> peek(trickle("data: {\"a\"", 5, false)))
                .isInstanceOf(IOException.class).hasMessageContaining("before its first event");
        assertThatThrownBy(() -> peek(trickle("data: {}\n", 5, true)))
                .isInstanceOf(IOException.class).hasMessage("connection reset");
        assertThatThrownBy(() -> peek(trickle(": only a comment\n\n", 5, false)))
                .isInstanceOf(IOException.class);
    }
}
