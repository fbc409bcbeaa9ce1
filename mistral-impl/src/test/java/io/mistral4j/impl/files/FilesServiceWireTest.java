package io.mistral4j.impl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.FileDownload;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FileListRequest;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileSource;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.FileVisibility;
import io.mistral4j.files.SampleType;
import io.mistral4j.files.UploadContent;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.TransportRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the files service puts on the wire (multipart parts, queries, downloads) and how it reads answers. */
class FilesServiceWireTest {

    private static final String ID = "e85980c9-409e-4a46-9304-36588f6292b0";
    /** Built from the spec's UploadFileOut schema (the spec's own example has bytes: null). */
    private static final String FILE = "{\"id\":\"" + ID + "\",\"object\":\"file\",\"bytes\":13000,"
            + "\"created_at\":1716963433,\"filename\":\"train.jsonl\",\"purpose\":\"fine-tune\","
            + "\"sample_type\":\"instruct\",\"num_lines\":2,\"mimetype\":\"application/jsonl\",\"source\":\"upload\","
            + "\"signature\":\"d4821d2de1917341\",\"expires_at\":null,\"visibility\":\"workspace\"}";

    @TempDir
    Path dir;

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey("sk-files-wire")
            .baseUrl("https://api.example.test").transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void uploadSendsTheFieldsThenTheFileAsMultipart() {
        transport.answer(200, FILE);
        byte[] content = "{\"messages\":[]}\n".getBytes(StandardCharsets.UTF_8);

        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(UploadContent.of(content, "tr\"ain.jsonl")).purpose(FilePurpose.FINE_TUNE).expiry(48)
                .visibility(FileVisibility.USER).build());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/files");
        String contentType = sent.headers().first("Content-Type").orElseThrow();
        Matcher boundary = Pattern.compile("multipart/form-data; boundary=(mistral4j-[0-9a-f]{32})").matcher(contentType);
        assertThat(boundary.matches()).as(contentType).isTrue();
        String b = boundary.group(1);
        String expected = "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"expiry\"\r\n\r\n48\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"visibility\"\r\n\r\nuser\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"tr%22ain.jsonl\"\r\n"
                + "Content-Type: application/jsonl\r\n\r\n"
                + "{\"messages\":[]}\n"
                + "\r\n--" + b + "--\r\n";
        assertThat(transport.body(0)).isEqualTo(expected);
        assertThat(sent.body().contentLength()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
        assertThat(sent.body().isRepeatable()).isTrue();
        assertThat(file.id()).isEqualTo(ID);
        assertThat(file.bytes()).isEqualTo(13000);
        assertThat(file.purpose()).isEqualTo(FilePurpose.FINE_TUNE);
        assertThat(file.sampleType()).isEqualTo(SampleType.INSTRUCT);
        assertThat(file.source()).isEqualTo(FileSource.UPLOAD);
        assertThat(file.expiresAt()).isNull();
        assertThat(observer.calls().get(0).operation()).isEqualTo("files.upload");
    }

    @Test
    void aStreamOfUnknownLengthIsSentChunkedOnceAndLeavesOutUnsetFields() {
        transport.answer(200, FILE);

        client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), "notes.txt").build());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.body().contentLength()).isEqualTo(-1);
        assertThat(sent.body().isRepeatable()).isFalse();
        assertThat(transport.body(0)).doesNotContain("name=\"purpose\"").contains("Content-Type: text/plain\r\n\r\nabc");
    }

    @Test
    void readsTheSpecExampleShapesLeniently() {
        transport.answer(200, "{\"id\":\"" + ID + "\",\"object\":\"file\",\"bytes\":null,\"created_at\":1759500189,"
                + "\"filename\":\"a.mp3\",\"purpose\":\"audio\",\"sample_type\":\"instruct\",\"source\":\"upload\","
                + "\"deleted\":false,\"num_lines\":null,\"mimetype\":null,\"signature\":null,\"extra\":[1]}");

        FileInfo file = client.files().retrieve(ID);

        assertThat(file.bytes()).isNull();
        assertThat(file.purpose().value()).isEqualTo("audio");
        assertThat(file.purpose().isKnown()).isFalse();
        assertThat(file.deleted()).isFalse();
        assertThat(transport.requests().get(0).uri().getRawPath()).isEqualTo("/v1/files/" + ID);
    }

    @Test
    void listSendsEveryFilterWithRepeatedArrayParametersAndPagesLazily() {
        transport.answer(200, "{\"data\":[" + FILE + "," + FILE + "],\"object\":\"list\",\"total\":3}")
                .answer(200, "{\"data\":[" + FILE + "," + FILE + "],\"object\":\"list\",\"total\":3}")
                .answer(200, "{\"data\":[" + FILE + "],\"object\":\"list\",\"total\":3}");

        Page<FileInfo> page = client.files().list(FileListRequest.builder().page(1).pageSize(2).includeTotal(true)
                .sampleTypes(SampleType.INSTRUCT, SampleType.PRETRAIN).sources(FileSource.UPLOAD).search("a b")
                .purpose(FilePurpose.BATCH).mimetypes("application/jsonl").build());

        assertThat(transport.requests().get(0).uri()).hasToString("https://api.example.test/v1/files?page=1"
                + "&page_size=2&include_total=true&search=a%20b&purpose=batch&sample_type=instruct"
                + "&sample_type=pretrain&source=upload&mimetypes=application%2Fjsonl");
        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).hasValue(3);
        assertThat(page.hasNextPage()).as("page 1 of size 2 ends at 4 > 3 items").isFalse();
        assertThat(transport.requests()).hasSize(1);

        Page<FileInfo> first = client.files().list(FileListRequest.builder().pageSize(2).build());
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.nextPage().items()).hasSize(1);
        assertThat(transport.requests().get(2).uri().getQuery()).isEqualTo("page=1&page_size=2");
    }

    @Test
    void aPageSizeOfZeroOrLessIsRefusedAtBuild() {
        assertThatThrownBy(() -> FileListRequest.builder().pageSize(0).build()).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("pageSize");
        assertThatThrownBy(() -> FileListRequest.builder().pageSize(-5).build())
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> FileListRequest.builder().page(-1).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("page");
    }

    @Test
    void downloadStreamsTheBodyToTheCallerAndEndsTheCall() {
        transport.answer(200, "hello file", "Content-Length", "10", "Content-Type", "application/octet-stream",
                "Content-Disposition", "attachment; filename=\"greeting.txt\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ApiResponse<Long> raw = client.files().withRawResponse().download(ID, out);

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.uri().getRawPath()).isEqualTo("/v1/files/" + ID + "/content");
        assertThat(sent.headers().first("Accept")).contains("application/octet-stream, application/json");
        assertThat(sent.streaming()).isFalse();
        assertThat(raw.value()).isEqualTo(10);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello file");
        assertThat(observer.events()).containsExactly("start files.download null", "end files.download");
    }

    @Test
    void downloadStreamExposesTheAnnouncedMetadata() throws Exception {
        transport.answer(200, "0123456789", "Content-Length", "10",
                "Content-Disposition", "attachment; filename=\"digits.txt\"");

        try (FileDownload download = client.files().downloadStream(ID)) {
            assertThat(download.filename()).contains("digits.txt");
            assertThat(download.contentLength()).hasValue(10);
            assertThat(download.body().readNBytes(4)).isEqualTo("0123".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(observer.events()).containsExactly("start files.download null", "end files.download");
    }

    @Test
    void aBodyShorterThanAnnouncedIsAConnectionErrorAndLeavesNoFile() {
        transport.answer(200, "short", "Content-Length", "100");
        Path target = dir.resolve("out.bin");

        assertThatThrownBy(() -> client.files().download(ID, target)).isInstanceOf(MistralConnectionException.class)
                .hasMessageContaining("5 of 100 bytes");
        assertThat(target).doesNotExist();
        assertThat(dir.toFile().list()).as("no partial file left").isEmpty();
        assertThat(observer.events()).last().asString().startsWith("error files.download");
    }

    @Test
    void downloadToAPathReplacesTheTargetAndAnErrorStatusIsTyped() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old content that is longer");
        transport.answer(200, "new").answer(404, "{\"object\":\"error\",\"message\":\"File not found\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}");

        assertThat(client.files().download(ID, target)).isEqualTo(3);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThatThrownBy(() -> client.files().download(ID, target)).isInstanceOf(NotFoundException.class);
        assertThat(Files.readString(target)).as("untouched by the failed download").isEqualTo("new");
    }

    @Test
    void signedUrlAsksForTheExpiryInHours() {
        transport.answer(200, "{\"url\":\"https://files.example/x?sig=1\"}")
                .answer(200, "{\"url\":\"https://files.example/y?sig=2\"}");

        assertThat(client.files().signedUrl(ID).url()).isEqualTo("https://files.example/x?sig=1");
        client.files().signedUrl(ID, 2);

        assertThat(transport.requests()).extracting(r -> r.uri().getRawPath() + "?" + r.uri().getRawQuery())
                .containsExactly("/v1/files/" + ID + "/url?expiry=24", "/v1/files/" + ID + "/url?expiry=2");
        assertThatThrownBy(() -> client.files().signedUrl(ID, 0)).isInstanceOf(ValidationException.class);
        assertThat(observer.calls()).extracting(c -> c.operation()).containsOnly("files.get_signed_url");
    }

    @Test
    void deleteAndRetrieveUseTheFilePath() {
        transport.answer(200, "{\"id\":\"" + ID + "\",\"object\":\"file\",\"deleted\":true}");

        assertThat(client.files().delete(ID).deleted()).isTrue();

        assertThat(transport.requests().get(0).method()).isEqualTo("DELETE");
        assertThat(transport.requests().get(0).uri().getRawPath()).isEqualTo("/v1/files/" + ID);
    }
}
