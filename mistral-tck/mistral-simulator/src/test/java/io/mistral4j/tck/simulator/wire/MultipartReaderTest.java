package io.mistral4j.tck.simulator.wire;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Streaming multipart parsing, also when the body arrives a few bytes at a time. */
class MultipartReaderTest {

    private static byte[] body(String boundary, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("preamble to ignore\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a%22b.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Hands out at most a few bytes per read, like a slow socket. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            private final Random random = new Random(1);

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
            }
        };
    }

    @Test
    void readsFieldsAndFileContentEvenWhenTheBoundaryIsSplitAcrossReads() throws IOException {
        byte[] file = new byte[100_000];
        new Random(3).nextBytes(file);
        // Content that looks like a boundary but lacks the line break before it must stay content.
        byte[] tricky = "--XyZ--\r\n-XyZ\r--XyZ\n--XyZ not the end".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(tricky, 0, file, 500, tricky.length);
        MultipartReader reader = new MultipartReader(trickle(body("XyZ", file)), "XyZ");

        MultipartReader.PartHeaders purpose = reader.next();
        assertThat(purpose.name()).isEqualTo("purpose");
        assertThat(purpose.isFile()).isFalse();
        assertThat(reader.readText(100)).isEqualTo("batch");
        MultipartReader.PartHeaders part = reader.next();
        assertThat(part.name()).isEqualTo("file");
        assertThat(part.filename()).isEqualTo("a\"b.bin");
        assertThat(part.contentType()).isEqualTo("application/octet-stream");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        reader.copyPart(content);
        assertThat(content.toByteArray()).isEqualTo(file);
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }

    @Test
    void findsTheBoundaryInTheContentType() {
        assertThat(MultipartReader.boundaryOf("multipart/form-data; boundary=abc123")).isEqualTo("abc123");
        assertThat(MultipartReader.boundaryOf("Multipart/Form-Data; charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartReader.boundaryOf("application/json")).isNull();
        assertThat(MultipartReader.boundaryOf(null)).isNull();
    }

    @Test
    void aTruncatedBodyOrAnOversizedFieldIsMalformed() throws IOException {
        byte[] whole = body("B", "content".getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 10);
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(cut), "B");
        reader.next();
        reader.readText(100);
        reader.next();
        assertThatThrownBy(() -> reader.copyPart(java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(MultipartReader.MalformedException.class).hasMessageContaining("ended inside a part");

        MultipartReader small = new MultipartReader(new ByteArrayInputStream(whole), "B");
        small.next();
        assertThatThrownBy(() -> small.readText(3)).isInstanceOf(MultipartReader.MalformedException.class);
        assertThatThrownBy(() -> new MultipartReader(new ByteArrayInputStream(
                "no boundary here".getBytes(StandardCharsets.UTF_8)), "B").next())
                .isInstanceOf(MultipartReader.MalformedException.class);
    }
}
