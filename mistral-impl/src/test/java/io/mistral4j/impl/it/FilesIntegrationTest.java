package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.DeletedFile;
import io.mistral4j.files.FileDownload;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FileListRequest;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileSource;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.FileVisibility;
import io.mistral4j.files.SampleType;
import io.mistral4j.files.SignedUrl;
import io.mistral4j.pagination.Page;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.SimulatedClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files API end to end over loopback sockets: upload, list, retrieve, download, signed URLs, delete. */
class FilesIntegrationTest {

    private static final String KEY = "sk-files-it-0a1b2c3d4e5f";

    @TempDir
    Path dir;

    private MistralSimulator simulator;
    private MistralClient client;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.builder().apiKey(KEY).clock(SimulatedClock.frozen()).start();
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void uploadsAFileFromDiskAndDescribesIt() throws IOException {
        Path train = dir.resolve("train.jsonl");
        Files.writeString(train, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n"
                + "{\"messages\":[{\"role\":\"user\",\"content\":\"ho\"}]}\n");

        ApiResponse<FileInfo> raw = client.files().withRawResponse().upload(FileUploadRequest.builder()
                .file(train).purpose(FilePurpose.FINE_TUNE).visibility(FileVisibility.USER).build());
        FileInfo file = raw.value();

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).isPresent();
        assertThat(file.id()).matches("[0-9a-f-]{36}");
        assertThat(file.object()).isEqualTo("file");
        assertThat(file.filename()).isEqualTo("train.jsonl");
        assertThat(file.bytes()).isEqualTo(Files.size(train));
        assertThat(file.numLines()).isEqualTo(2);
        assertThat(file.purpose()).isEqualTo(FilePurpose.FINE_TUNE);
        assertThat(file.sampleType()).isEqualTo(SampleType.INSTRUCT);
        assertThat(file.source()).isEqualTo(FileSource.UPLOAD);
        assertThat(file.mimetype()).isEqualTo("application/jsonl");
        assertThat(file.visibility()).isEqualTo(FileVisibility.USER);
        assertThat(file.createdAt()).isEqualTo(simulator.clock().epochSecond());

        FileInfo retrieved = client.files().retrieve(file.id());
        assertThat(retrieved.deleted()).isFalse();
        assertThat(retrieved.filename()).isEqualTo("train.jsonl");
    }

    @Test
    void binaryContentComesBackByteForByteFromStreamsOfKnownAndUnknownLength() throws IOException {
        byte[] content = new byte[300_000];
        new Random(42).nextBytes(content);

        FileInfo known = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(content), "blob.bin", content.length).purpose(FilePurpose.OCR).build());
        FileInfo chunked = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(content), "chunked.bin").purpose(FilePurpose.BATCH).build());

        for (FileInfo file : List.of(known, chunked)) {
            assertThat(file.bytes()).isEqualTo(content.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(client.files().download(file.id(), out)).isEqualTo(content.length);
            assertThat(out.toByteArray()).isEqualTo(content);

            Path target = dir.resolve(file.filename());
            assertThat(client.files().download(file.id(), target)).isEqualTo(content.length);
            assertThat(Files.readAllBytes(target)).isEqualTo(content);
        }
        assertThat(chunked.sampleType()).isEqualTo(SampleType.BATCH_REQUEST);
        try (FileDownload download = client.files().downloadStream(known.id())) {
            assertThat(download.filename()).contains("blob.bin");
            assertThat(download.contentLength()).hasValue(content.length);
            assertThat(download.body().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void asyncUploadAndDownload() throws Exception {
        byte[] content = "line one\nline two\n".getBytes(StandardCharsets.UTF_8);
        FileInfo file = client.files().uploadAsync(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(content), "lines.txt", content.length).build())
                .get(10, TimeUnit.SECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long bytes = client.files().downloadAsync(file.id(), out).get(10, TimeUnit.SECONDS);

        assertThat(bytes).isEqualTo(content.length);
        assertThat(out.toByteArray()).isEqualTo(content);
        assertThat(file.purpose()).as("the server's default purpose").isEqualTo(FilePurpose.FINE_TUNE);
    }

    @Test
    void listsWithFiltersAndPagesLazily() {
        for (int i = 0; i < 5; i++) {
            upload("batch-" + i + ".jsonl", FilePurpose.BATCH);
        }
        upload("train.jsonl", FilePurpose.FINE_TUNE);
        upload("scan.pdf", FilePurpose.OCR);
        simulator.clearRequests();

        Page<FileInfo> first = client.files().list(FileListRequest.builder()
                .purpose(FilePurpose.BATCH).pageSize(2).build());

        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).hasValue(5);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(simulator.requests()).as("one page fetched so far").hasSize(1);
        assertThat(first.stream().map(FileInfo::filename)).hasSize(5).allMatch(n -> n.startsWith("batch-"));
        assertThat(simulator.requests()).as("three pages in all").hasSize(3);
        assertThat(simulator.requests().get(2).query()).contains("page=2", "page_size=2", "purpose=batch");

        assertThat(client.files().list(FileListRequest.builder().search("TRAIN").build()).items())
                .extracting(FileInfo::filename).containsExactly("train.jsonl");
        assertThat(client.files().list(FileListRequest.builder()
                .sampleTypes(SampleType.INSTRUCT, SampleType.PRETRAIN).build()).items())
                .extracting(FileInfo::filename).containsExactlyInAnyOrder("train.jsonl", "scan.pdf");
        assertThat(client.files().list(FileListRequest.builder().mimetypes("application/pdf").build()).items())
                .extracting(FileInfo::filename).containsExactly("scan.pdf");
        assertThat(client.files().list(FileListRequest.builder().sources(FileSource.MISTRAL).build()).items())
                .isEmpty();
        Page<FileInfo> withoutTotal = client.files().list(FileListRequest.builder().includeTotal(false)
                .pageSize(3).build());
        assertThat(withoutTotal.total()).isEmpty();
        assertThat(withoutTotal.stream()).hasSize(7);
    }

    @Test
    void aDeletedFileIsGone() {
        FileInfo file = upload("gone.jsonl", FilePurpose.BATCH);

        DeletedFile deleted = client.files().delete(file.id());

        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.id()).isEqualTo(file.id());
        assertThatThrownBy(() -> client.files().retrieve(file.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.files().download(file.id(), new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.files().delete(file.id())).isInstanceOf(NotFoundException.class);
        assertThat(client.files().list().items()).isEmpty();
    }

    @Test
    void signedUrlsServeTheContentWithoutTheKeyUntilTheyExpire() throws Exception {
        byte[] content = "signed content".getBytes(StandardCharsets.UTF_8);
        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(content), "signed.txt", content.length).build());

        SignedUrl url = client.files().signedUrl(file.id(), 1);

        assertThat(url.uri().getHost()).isEqualTo("127.0.0.1");
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<byte[]> fetched = plain.send(HttpRequest.newBuilder(url.uri()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(content);

        HttpResponse<byte[]> tampered = plain.send(HttpRequest.newBuilder(
                java.net.URI.create(url.url().replaceAll("signature=.", "signature=x"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tampered.statusCode()).isEqualTo(403);

        simulator.clock().advance(Duration.ofHours(2));
        assertThat(plain.send(HttpRequest.newBuilder(url.uri()).build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode()).isEqualTo(403);
        assertThat(client.files().signedUrl(file.id()).url()).isNotEqualTo(url.url());
    }

    @Test
    void aFileThatExpiresIsGoneAfterItsExpiry() {
        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(new byte[] {'x'}), "x.txt", 1)
                .expiry(2).build());

        assertThat(file.expiresAt()).isEqualTo(simulator.clock().epochSecond() + 2 * 3600);
        simulator.clock().advance(Duration.ofHours(3));

        assertThatThrownBy(() -> client.files().retrieve(file.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMissingOrUnreadableFileFailsBeforeAnyByteIsSent() throws IOException {
        Path missing = dir.resolve("missing.jsonl");

        assertThatThrownBy(() -> FileUploadRequest.builder().file(missing).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("missing.jsonl");
        assertThatThrownBy(() -> FileUploadRequest.builder().file(dir).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a regular file");

        Path vanishing = dir.resolve("vanishing.jsonl");
        Files.writeString(vanishing, "{}\n");
        FileUploadRequest request = FileUploadRequest.builder().file(vanishing).build();
        Files.delete(vanishing);
        assertThatThrownBy(() -> client.files().upload(request))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field())
                .isEqualTo("file");
        assertThat(client.files().uploadAsync(request)).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(ValidationException.class);
        assertThat(simulator.requests()).as("nothing reached the server").isEmpty();
    }

    @Test
    void aPurposeTheServerDoesNotKnowIsA422() {
        FileUploadRequest request = FileUploadRequest.builder()
                .file(new ByteArrayInputStream(new byte[] {1}), "x.bin", 1)
                .purpose(FilePurpose.of("training")).build();

        assertThatThrownBy(() -> client.files().upload(request))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("purpose");
    }

    private FileInfo upload(String name, FilePurpose purpose) {
        byte[] content = ("{\"name\":\"" + name + "\"}\n").getBytes(StandardCharsets.UTF_8);
        return client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(content), name, content.length).purpose(purpose).build());
    }
}
