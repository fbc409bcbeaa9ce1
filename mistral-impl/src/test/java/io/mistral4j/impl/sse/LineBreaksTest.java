package io.mistral4j.impl.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search answers what a byte-by-byte one does, wherever the breaks and bounds fall. */
class LineBreaksTest {

    @Test
    void findsTheFirstBreakAsAByteByByteSearchDoes() {
        Random random = new Random(7);
        byte[] alphabet = {'\n', '\r', 'a', 0, (byte) 0x8A, (byte) 0x0B, (byte) 0xFF, 0x09, 0x0C, 0x0E, '"'};
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly ordinary bytes, so that breaks land anywhere in a word or not at all
                bytes[i] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);

            assertThat(LineBreaks.next(bytes, from, to)).as("round " + round).isEqualTo(byteByByte(bytes, from, to));
        }
    }

    private static int byteByByte(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return to;
    }
}
