package io.mistral4j.impl.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base64EncodingInputStreamTest {

    @Test
    void encodesAsTheJdkDoesAtEverySizeAroundItsBlocks() throws IOException {
        Random random = new Random(12);
        int block = 3 * 8 * 1024;
        for (int size : new int[] {0, 1, 2, 3, 4, 5, block - 1, block, block + 1, block + 2, 3 * block + 7}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            try (InputStream encoded = new Base64EncodingInputStream(new ByteArrayInputStream(content))) {
                String text = new String(readInOddPieces(encoded), StandardCharsets.US_ASCII);
                assertThat(text).as("size %d", size).isEqualTo(Base64.getEncoder().encodeToString(content));
                assertThat(Base64EncodingInputStream.encodedLength(size)).isEqualTo(text.length());
            }
        }
    }

    @Test
    void readsByteByByte() throws IOException {
        byte[] content = "audio!".getBytes(StandardCharsets.US_ASCII);
        InputStream encoded = new Base64EncodingInputStream(new ByteArrayInputStream(content));
        StringBuilder text = new StringBuilder();
        int b;
        while ((b = encoded.read()) >= 0) {
            text.append((char) b);
        }
        assertThat(text).hasToString(Base64.getEncoder().encodeToString(content));
        assertThat(encoded.read()).isEqualTo(-1);
    }

    /** Reads with buffers of changing sizes, so pieces never line up with the encoder's blocks. */
    private static byte[] readInOddPieces(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] sizes = {1, 7, 4093, 65536};
        for (int i = 0; ; i++) {
            byte[] buffer = new byte[sizes[i % sizes.length]];
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buffer, 0, n);
        }
    }
}
