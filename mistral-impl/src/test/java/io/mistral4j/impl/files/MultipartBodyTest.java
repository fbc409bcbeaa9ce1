package io.mistral4j.impl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.files.UploadContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed multipart body: exact bytes, length, repeatability and guarded stream lengths. */
class MultipartBodyTest {

    @TempDir
    Path dir;

    @Test
    void binaryContentPassesThroughUnchangedBetweenPreambleAndEpilogue() throws IOException {
        byte[] content = new byte[200_000];
        new Random(7).nextBytes(content);
        Path file = dir.resolve("data.bin");
        Files.write(file, content);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("purpose", "ocr");

        MultipartBody body = new MultipartBody("B0UND", fields, "file", UploadContent.of(file), Files.size(file));

        byte[] preamble = ("--B0UND\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nocr\r\n"
                + "--B0UND\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] epilogue = "\r\n--B0UND--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] sent;
        try (InputStream in = body.openStream()) {
            sent = in.readAllBytes();
        }
        assertThat(sent).hasSize(preamble.length + content.length + epilogue.length);
        assertThat(java.util.Arrays.copyOfRange(sent, 0, preamble.length)).isEqualTo(preamble);
        assertThat(java.util.Arrays.copyOfRange(sent, preamble.length, preamble.length + content.length))
                .isEqualTo(content);
        assertThat(java.util.Arrays.copyOfRange(sent, sent.length - epilogue.length, sent.length)).isEqualTo(epilogue);
        assertThat(body.contentLength()).isEqualTo(sent.length);
        assertThat(body.contentType()).isEqualTo("multipart/form-data; boundary=B0UND");
        assertThat(body.isRepeatable()).isTrue();
        try (InputStream again = body.openStream()) {
            assertThat(again.readAllBytes()).isEqualTo(sent);
        }
    }

    @Test
    void aStreamIsReadOnceAndItsLengthIsEnforced() throws IOException {
        UploadContent.FromStream stream = UploadContent.of(new ByteArrayInputStream(new byte[10]), "x.bin", 10);
        MultipartBody body = new MultipartBody("B", Map.of(), "file", stream, 10);

        try (InputStream in = body.openStream()) {
            in.readAllBytes();
        }
        assertThat(body.isRepeatable()).isFalse();
        assertThatThrownBy(body::openStream).isInstanceOf(IOException.class).hasMessageContaining("already read");

        MultipartBody shortStream = new MultipartBody("B", Map.of(), "file",
                UploadContent.of(new ByteArrayInputStream(new byte[4]), "s.bin", 10), 10);
        assertThatThrownBy(() -> shortStream.openStream().readAllBytes()).isInstanceOf(IOException.class)
                .hasMessageContaining("ended after 4 of the announced 10 bytes");
        MultipartBody longStream = new MultipartBody("B", Map.of(), "file",
                UploadContent.of(new ByteArrayInputStream(new byte[12]), "l.bin", 10), 10);
        assertThatThrownBy(() -> longStream.openStream().readAllBytes()).isInstanceOf(IOException.class)
                .hasMessageContaining("more than the announced 10 bytes");
    }

    @Test
    void anUnknownSizeMeansAnUnknownLength() {
        MultipartBody body = new MultipartBody("B", Map.of(), "file",
                UploadContent.of(new ByteArrayInputStream(new byte[3]), "u.bin"), -1);

        assertThat(body.contentLength()).isEqualTo(-1);
    }

    @Test
    void mediaTypesComeFromTheNameUnlessGiven() {
        assertThat(MultipartBody.mediaType(UploadContent.of(new byte[0], "a.jsonl"))).isEqualTo("application/jsonl");
        assertThat(MultipartBody.mediaType(UploadContent.of(new byte[0], "scan.PDF"))).isEqualTo("application/pdf");
        assertThat(MultipartBody.mediaType(UploadContent.of(new byte[0], "photo.png"))).isEqualTo("image/png");
        assertThat(MultipartBody.mediaType(UploadContent.of(new byte[0], "blob"))).isEqualTo("application/octet-stream");
        assertThat(MultipartBody.mediaType(UploadContent.of(new byte[0], "a.jsonl").withContentType("text/x")))
                .isEqualTo("text/x");
    }

    @Test
    void fieldsThatWouldBreakAPartHeaderAreRefusedBeforeAnyByteIsWritten() {
        UploadContent file = UploadContent.of(new byte[] {1}, "a.bin");
        Map<String, String> badName = Map.of("purpose\r\nX-Injected: 1", "ocr");
        Map<String, String> badValue = Map.of("purpose", "ocr\u0000");

        assertThatThrownBy(() -> new MultipartBody("B", badName, "file", file, 1))
                .isInstanceOf(io.mistral4j.errors.ValidationException.class)
                .hasMessageStartingWith("multipart field name: ");
        assertThatThrownBy(() -> new MultipartBody("B", badValue, "file", file, 1))
                .isInstanceOf(io.mistral4j.errors.ValidationException.class).hasMessageStartingWith("purpose: ");
        assertThatThrownBy(() -> new MultipartBody("B", Map.of(), "fi\nle", file, 1))
                .isInstanceOf(io.mistral4j.errors.ValidationException.class);
    }

    @Test
    void fieldsMayRepeatAndTheFileMayBeAbsent() throws IOException {
        MultipartBody body = new MultipartBody("B", List.of(Map.entry("model", "m"), Map.entry("g", "segment"),
                Map.entry("g", "word")), "file", null, -1);

        String expected = "--B\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nm\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"g\"\r\n\r\nsegment\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"g\"\r\n\r\nword\r\n"
                + "--B--\r\n";
        try (java.io.InputStream in = body.openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(expected);
        }
        assertThat(body.contentLength()).isEqualTo(expected.length());
        assertThat(body.isRepeatable()).isTrue();
    }

    @Test
    void audioFilesGetAudioMediaTypes() {
        assertThat(MultipartBody.mediaType(UploadContent.of(new byte[0], "talk.wav"))).isEqualTo("audio/wav");
        assertThat(MultipartBody.mediaType(UploadContent.of(new byte[0], "talk.mp3"))).isEqualTo("audio/mpeg");
    }
}
