package io.mistral4j.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload and list requests refuse bad input at build time, naming the field. */
class FileRequestsTest {

    @TempDir
    Path dir;

    private static String field(Throwable e) {
        return ((ValidationException) e).field();
    }

    @Test
    void theFileIsRequired() {
        assertThatThrownBy(() -> FileUploadRequest.builder().purpose(FilePurpose.BATCH).build())
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("file");
        assertThatThrownBy(() -> FileUploadRequest.builder().file((Path) null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aPathMustExistAndBeARegularFile() {
        assertThatThrownBy(() -> FileUploadRequest.builder().file(dir.resolve("nope.jsonl")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not exist")
                .hasMessageContaining("nope.jsonl");
        assertThatThrownBy(() -> FileUploadRequest.builder().file(dir).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void anUnreadableFileIsRefused() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.jsonl"), "{}");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads everything");
        assertThatThrownBy(() -> FileUploadRequest.builder().file(locked).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void aReadableFileBuildsWithItsNameAndSize() throws IOException {
        Path file = Files.writeString(dir.resolve("train.jsonl"), "{}\n");

        FileUploadRequest request = FileUploadRequest.builder().file(file).purpose(FilePurpose.FINE_TUNE).build();

        assertThat(request.file().filename()).isEqualTo("train.jsonl");
        assertThat(request.file().size()).isEqualTo(3);
        assertThat(request.file().isRepeatable()).isTrue();
        assertThat(FileUploadRequest.builder().file(file, "renamed.jsonl").build().file().filename())
                .isEqualTo("renamed.jsonl");
    }

    @Test
    void streamsNeedANameAndASaneSize() {
        assertThatThrownBy(() -> UploadContent.of(new ByteArrayInputStream(new byte[0]), " "))
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("filename");
        assertThatThrownBy(() -> UploadContent.of(new ByteArrayInputStream(new byte[0]), "a\r\nb"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> UploadContent.of(new ByteArrayInputStream(new byte[0]), "a", -2))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> FileUploadRequest.builder().file(UploadContent.of(new byte[1], "a")).expiry(-1)
                .build())
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("expiry");
    }

    @Test
    void namesAndTypesThatWouldBreakTheMultipartHeaderAreRefused() {
        byte[] bytes = new byte[1];
        assertThatThrownBy(() -> UploadContent.of(bytes, "a\u0000.jsonl"))
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("filename");
        assertThatThrownBy(() -> UploadContent.of(bytes, "a.jsonl").withContentType("text/plain\r\nX-Injected: 1"))
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("contentType");
        assertThatThrownBy(() -> UploadContent.of(new ByteArrayInputStream(bytes), "a").withContentType("a\u007f"))
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("contentType");
        assertThat(UploadContent.of(bytes, "\u65e5\u672c\tdata.jsonl").withContentType("application/jsonl").filename())
                .isEqualTo("\u65e5\u672c\tdata.jsonl");
    }

    @Test
    void listPagesStartAtZeroAndHoldAtLeastOneItem() {
        FileListRequest defaults = FileListRequest.all();
        assertThat(defaults.page()).isZero();
        assertThat(defaults.pageSize()).isEqualTo(100);

        assertThatThrownBy(() -> FileListRequest.builder().pageSize(0).build())
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("pageSize");
        assertThatThrownBy(() -> FileListRequest.builder().pageSize(-1).build())
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> FileListRequest.builder().page(-1).build())
                .isInstanceOf(ValidationException.class).extracting(FileRequestsTest::field).isEqualTo("page");
        assertThat(FileListRequest.builder().pageSize(7).build().withPage(3).page()).isEqualTo(3);
    }

    @Test
    void openEnumsKeepUnknownValues() {
        assertThat(FilePurpose.of("batch")).isSameAs(FilePurpose.BATCH);
        assertThat(FilePurpose.of("audio").isKnown()).isFalse();
        assertThat(FilePurpose.of("audio").value()).isEqualTo("audio");
        assertThat(FilePurpose.knownValues()).extracting(FilePurpose::value).containsExactly("fine-tune", "batch",
                "ocr");
    }
}
